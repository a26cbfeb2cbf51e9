using GiveBack.Scheduling;
using Quartz;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// Receipts and thanks the offline gifts keyed in since the last run, every <c>Receipts:OfflineInterval</c>, once per
/// cluster. Outside the request that booked the gift: taking a receipt number locks the fiscal year's counter, which
/// a request must not wait on.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OfflineReceiptJob(OfflineGiftReceipts receipts) : IJob
{
    public static readonly JobKey Key = ScheduledJobs.Key("offline-receipts");


    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var run = await receipts.RunAsync(cancellationToken);
        context.Result = run.Started
            ? "started following the ledger"
            : $"{run.Receipted} receipts issued, {run.Voided} voided";
    }
}
