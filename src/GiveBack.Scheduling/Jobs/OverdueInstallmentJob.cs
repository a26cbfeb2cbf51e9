using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Ledger.Outreach;
using GiveBack.Ledger.Pledges;
using GiveBack.Scheduling.Outreach;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Scheduling.Jobs;

/// <summary>
/// The day after an installment falls due unpaid, marks its pledge overdue (the grain recomputes and republishes the
/// pledge); after the grace period, queues one follow-up. Both steps are once-only stamps, safe to rerun.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OverdueInstallmentJob(
    InstallmentCalendar calendar, OutreachOutbox outreach, IGrainFactory grains, IOptions<SchedulingOptions> options, TimeProvider clock) : IJob
{
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
        foreach (var installment in followUps)
        {
            if (installment.Email is not null)
            {
                var (subject, body) = Messages.FollowUp(installment);
                await outreach.TryQueueAsync(OutreachKinds.PledgeFollowUp, $"{installment.PledgeId}:{installment.Number}", installment.DonorId, subject, body, cancellationToken);
            }

            await calendar.StampFollowUpAsync(installment.PledgeId, installment.Number, cancellationToken);
        }

        context.Result = $"{pastDue.Count} installments marked overdue, {followUps.Count} followed up";
    }
}
