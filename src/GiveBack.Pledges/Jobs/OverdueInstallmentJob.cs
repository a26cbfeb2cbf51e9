using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Ledger.Outreach;
using GiveBack.Pledges.Outreach;
using GiveBack.Pledges.Store;
using GiveBack.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions too; this job reads GiveBack's calendar settings.
using SchedulingOptions = GiveBack.Scheduling.SchedulingOptions;

namespace GiveBack.Pledges.Jobs;

/// <summary>
/// The day after an installment falls due unpaid, marks its pledge overdue (the grain recomputes and republishes the
/// pledge) with a once-only stamp; after the grace period, queues one follow-up (unique per installment, stamped
/// <c>follow_up_sent_at</c> only when a channel accepts it). Safe to rerun.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OverdueInstallmentJob(
    InstallmentCalendar calendar, IOutreachOutbox outreach, IGrainFactory grains, IOptions<SchedulingOptions> options, TimeProvider clock) : IJob
{
    /// <summary>Its name on the scheduler and in <c>GET /api/v1/schedules</c>; stored jobs keep their names.</summary>
    public static readonly JobKey Key = ScheduledJobs.Key("overdue-installments");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pastDue = await calendar.PastDueUnmarkedAsync(today, cancellationToken);
        foreach (var pledgeId in pastDue.Select(i => i.PledgeId).Distinct())
        {
            await grains.GetGrain<IPledgeGrain>(pledgeId).RefreshAsync();
        }

        foreach (var installment in pastDue)
        {
            await calendar.StampOverdueAsync(installment.PledgeId, installment.Number, cancellationToken);
        }

        var followUps = await calendar.DueForFollowUpAsync(today, options.Value.OverdueGraceDays, cancellationToken);
        var queued = 0;
        foreach (var installment in followUps)
        {
            queued += await outreach.TryQueueAsync(PledgeOutreach.FollowUp(installment), cancellationToken) ? 1 : 0;
        }

        context.Result = $"{pastDue.Count} installments marked overdue, {queued} follow-ups queued";
    }
}
