using GiveBack.Engagement.Grains;
using GiveBack.Scheduling;
using Quartz;

namespace GiveBack.Engagement.Jobs;

/// <summary>
/// Recomputes the ambassadors every <c>Engagement:RecomputeInterval</c>, once per cluster: the clustered store hands
/// each fire to one host. The recompute is safe to run again at any time (each grain is the single writer of its
/// donor's stage), so a misfire or a rerun only repeats work.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AmbassadorRecomputeJob(AmbassadorRecompute recompute) : IJob
{
    /// <summary>Its name on the scheduler and in <c>GET /api/v1/schedules</c>; stored jobs keep their names.</summary>
    public static readonly JobKey Key = ScheduledJobs.Key("ambassador-recompute");

    /// <summary>The interval trigger written at each host's start.</summary>
    public static readonly TriggerKey Trigger = ScheduledJobs.IntervalTrigger(Key);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await recompute.RecomputeAmbassadorsAsync(cancellationToken);
        // The fire it answers is named so the runs list shows that no fire ran twice.
        context.Result = $"{result.EngagedAlumni} engaged alumni, {result.Ambassadors.Count} ambassadors, "
            + $"{result.DonorsUpdated} donors updated (fire due {context.ScheduledFireTimeUtc ?? context.FireTimeUtc:O})";
    }
}
