using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Scheduling;
using Quartz;

namespace GiveBack.Payments.Jobs;

/// <summary>
/// Follows up monthly gifts whose last charge failed (Stripe's dunning retries the card; the office writes to the
/// donor once per failure). The outreach key is the recurring gift and its failure count, so a rerun sends nothing new.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecurringGiftFollowUpJob(IRecurringGifts recurring, IOutreachOutbox outreach) : IJob
{
    /// <summary>Its name on the scheduler and in <c>GET /api/v1/schedules</c>; stored jobs keep their names.</summary>
    public static readonly JobKey Key = ScheduledJobs.Key("recurring-gift-follow-up");

    private const int PageSize = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = 0;
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await recurring.ListAsync("past_due", offset, PageSize, cancellationToken: cancellationToken);
            foreach (var gift in page.Items.Where(g => g is { DonorId: not null, FailureCount: > 0 }))
            {
                var request = new OutreachRequest(
                    OutreachKinds.RecurringGiftFollowUp,
                    $"{gift.Id}:{gift.FailureCount}",
                    gift.DonorId!.Value,
                    MessageKind.PaymentFailed,
                    new OutreachValues().Money("amount", gift.Amount, gift.Currency));
                queued += await outreach.TryQueueAsync(request, cancellationToken) ? 1 : 0;
            }

            if (page.Items.Count < PageSize)
            {
                break;
            }
        }

        context.Result = $"{queued} follow-ups queued for failed monthly charges";
    }
}
