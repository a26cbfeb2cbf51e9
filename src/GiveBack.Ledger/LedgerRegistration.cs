using GiveBack.Data.DataProtection;
using GiveBack.Data.Postgres;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Exports;
using GiveBack.Ledger.Batches;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Consent;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Exports;
using GiveBack.Ledger.Gifts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GiveBack.Ledger;

public static class LedgerRegistration
{
    /// <summary>The ledger, read models and API keys on PostgreSQL; migrations run as the host starts.</summary>
    public static IHostApplicationBuilder AddGiveBackLedger(this IHostApplicationBuilder builder)
    {
        builder.AddGiveBackPostgres();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddPooledDbContextFactory<GiveBackDbContext>((services, options) =>
            options.UseGiveBackNpgsql(services.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddEfMigrations<GiveBackDbContext>();
        builder.Services.AddSingleton<GiftLedger>();
        builder.Services.AddSingleton<LedgerReader>();
        builder.Services.AddSingleton<StandingGiftsReader>();
        builder.Services.AddSingleton<DonorDirectory>();
        builder.Services.AddSingleton<DonorErasureRecords>();
        // Giving's tables in the institution's export and a donor's subject access export, in this order.
        builder.Services.AddSingleton<IRecordExport, DonorsExport>();
        builder.Services.AddSingleton<IRecordExport, ConsentsExport>();
        builder.Services.AddSingleton<IRecordExport, CampaignsExport>();
        builder.Services.AddSingleton<IRecordExport, GiftsExport>();
        builder.Services.AddSingleton<PossibleDuplicates>();
        builder.Services.AddSingleton<DonorMerges>();
        builder.Services.AddSingleton<DonorConsents>();
        builder.Services.AddSingleton<IDonorMergeStep, ConsentMergeStep>();
        builder.Services.AddSingleton<GiftBatchStore>();
        builder.Services.AddSingleton<CampaignDirectory>();
        builder.Services.AddSingleton<CampaignCalendar>();
        builder.Services.AddSingleton<Giving.LapsedDonors>();
        builder.AddGiveBackDataProtection();
        return builder;
    }
}
