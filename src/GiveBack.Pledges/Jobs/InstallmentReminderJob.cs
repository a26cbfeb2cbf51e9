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
/// Queues a reminder for each installment falling due within the configured days. The outreach row is unique per
/// installment, so reruns and racing schedulers queue nothing twice; the installment is stamped reminded only when a
/// channel accepts the message (<see cref="PledgeOutreachStamps"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class InstallmentReminderJob(
    InstallmentCalendar calendar, IOutreachOutbox outreach, IOptions<SchedulingOptions> options, TimeProvider clock) : IJob
{
    /// <summary>Its name on the scheduler and in <c>GET /api/v1/schedules</c>; stored jobs keep their names.</summary>
    public static readonly JobKey Key = ScheduledJobs.Key("installment-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = await calendar.DueForReminderAsync(today, options.Value.ReminderDaysBefore, cancellationToken);
        var queued = 0;
        foreach (var installment in due)
        {
            queued += await outreach.TryQueueAsync(PledgeOutreach.Reminder(installment), cancellationToken) ? 1 : 0;
        }

        context.Result = $"{queued} reminders queued for {due.Count} installments due by {today.AddDays(options.Value.ReminderDaysBefore):yyyy-MM-dd}";
    }
}
