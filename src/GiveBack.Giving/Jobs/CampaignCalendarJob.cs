using GiveBack.Ledger.Campaigns;
using GiveBack.Scheduling;
using Quartz;

namespace GiveBack.Giving.Jobs;

/// <summary>Opens campaigns whose start date has come and closes those whose end date has passed, once each.</summary>
[DisallowConcurrentExecution]
public sealed class CampaignCalendarJob(CampaignCalendar campaigns, TimeProvider clock) : IJob
{
    /// <summary>Its name on the scheduler and in <c>GET /api/v1/schedules</c>; stored jobs keep their names.</summary>
    public static readonly JobKey Key = ScheduledJobs.Key("campaign-calendar");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var milestones = await campaigns.StampDueAsync(today, cancellationToken);
        context.Result = milestones.Count == 0
            ? "no campaign opened or closed"
            : string.Join("; ", milestones.Select(m => $"{m.Name} {m.Milestone}"));
    }
}
