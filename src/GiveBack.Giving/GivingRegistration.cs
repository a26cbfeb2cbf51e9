using GiveBack.Domain.Calendar;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Erasure;
using GiveBack.Domain.Giving;
using GiveBack.Giving.Batches;
using GiveBack.Giving.Campaigns;
using GiveBack.Giving.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Giving.Gifts;
using GiveBack.Giving.Jobs;
using GiveBack.Giving.Privacy;
using GiveBack.Giving.Replay;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Giving;

public static class GivingRegistration
{
    /// <summary>
    /// Giving's services: the fiscal calendar, the gift path, the donor lookups its endpoints use, and the job that opens
    /// and closes campaigns on their dates. The silo is the host's.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackGiving(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GivingOptions>()
            .BindConfiguration(GivingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
            new FiscalCalendar(services.GetRequiredService<IOptions<GivingOptions>>().Value.FiscalYearStartMonth));
        builder.Services.AddSingleton<GivingSummaryCalculator>();
        builder.Services.AddSingleton<CampaignFactFeed>();
        // The gift path's types from generated metadata; every other type keeps the reflection-based resolver after it.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, GiftJsonContext.Default));
        builder.Services.AddSingleton<GiftRecorder>();
        builder.Services.AddSingleton<CommittedGiftsReplayer>();
        builder.Services.AddHostedService<SiloDepartureReplay>();
        builder.Services.AddSingleton<GiftHistory>();
        builder.Services.AddSingleton<KnownDonors>();
        builder.Services.AddSingleton<IDonorMergeStep, GivingMergeStep>();
        builder.Services.AddSingleton<CampaignBoard>();
        builder.Services.AddSingleton<CampaignEditor>();
        builder.Services.AddSingleton<CampaignGifts>();
        builder.Services.AddSingleton<DonorFinder>();
        builder.Services.AddSingleton<DonorEditor>();
        builder.Services.AddSingleton<IDonorErasureStep, DonorProfileErasure>();
        builder.Services.AddSingleton<GiftBatchDesk>();
        builder.Services.AddSingleton<GiftBatchPosting>();
        builder.Services.AddDailyJob<CampaignCalendarJob>(CampaignCalendarJob.Key);
        return builder;
    }
}
