using GiveBack.Data.Postgres;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Erasure;
using GiveBack.Domain.Exports;
using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Ambassadors;
using GiveBack.Engagement.Exports;
using GiveBack.Engagement.Merging;
using GiveBack.Engagement.Model;
using GiveBack.Engagement.Moves;
using GiveBack.Engagement.Privacy;
using GiveBack.Engagement.Reporting;
using GiveBack.Engagement.Scoring;
using GiveBack.Engagement.Segments;
using GiveBack.Engagement.Stages;
using GiveBack.Engagement.Talent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Engagement;

public static class EngagementStoreRegistration
{
    /// <summary>The engagement model, its tables (migrated as the host starts) and the stores and queries over them.</summary>
    public static IHostApplicationBuilder AddGiveBackEngagementStore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EngagementOptions>()
            .BindConfiguration(EngagementOptions.SectionName)
            .PostConfigure(o =>
            {
                if (o.Stages.Count == 0)
                {
                    o.Stages = EngagementDefaults.Stages();
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EngagementOptions>, EngagementOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(EngagementClock.Key, (s, _) => s.GetRequiredService<TimeProvider>());

        services.AddGiveBackDbContext<EngagementDbContext>(EngagementDbContext.MigrationsHistoryTable);

        services.AddSingleton<EngagementModel>();
        services.AddSingleton<ActivityStore>();
        services.AddSingleton<IDonorMergeStep, EngagementMergeStep>();
        services.AddSingleton<StandingStore>();
        services.AddSingleton<TalentStore>();
        services.AddSingleton<MovesStore>();
        services.AddSingleton<SegmentStore>();
        services.AddSingleton<AmbassadorCandidates>();
        services.AddSingleton<EngagementReportQuery>();
        services.AddSingleton<IDonorErasureStep, EngagementErasure>();
        services.AddSingleton<IRecordExport, ActivitiesExport>();
        services.AddSingleton<IRecordExport, MovesExport>();
        services.AddSingleton<IRecordExport, TalentExport>();
        return builder;
    }
}
