using GiveBack.Ledger.Outreach;
using GiveBack.Ledger.Pledges;
using GiveBack.Scheduling.Outreach;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Scheduling.Jobs;

/// <summary>
/// Reminds donors of installments falling due within the configured days. Each installment's reminder is queued
/// once (the outreach row is unique per installment) and then stamped, so reruns and racing schedulers send nothing twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class InstallmentReminderJob(
    InstallmentCalendar calendar, OutreachOutbox outreach, IOptions<SchedulingOptions> options, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = await calendar.DueForReminderAsync(today, options.Value.ReminderDaysBefore, cancellationToken);
        var sent = 0;
        foreach (var installment in due)
        {
            if (installment.Email is not null)
            {
                var (subject, body) = Messages.Reminder(installment);
                sent += await outreach.TryQueueAsync(OutreachKinds.PledgeReminder, $"{installment.PledgeId}:{installment.Number}", installment.DonorId, subject, body, cancellationToken) ? 1 : 0;
            }

            await calendar.StampReminderAsync(installment.PledgeId, installment.Number, cancellationToken);
        }

        context.Result = $"{sent} reminders queued for {due.Count} installments due by {today.AddDays(options.Value.ReminderDaysBefore):yyyy-MM-dd}";
    }
}
