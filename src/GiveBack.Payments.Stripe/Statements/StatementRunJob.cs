using GiveBack.Scheduling;
using Quartz;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>
/// Does the statement runs not yet completed, once per cluster at a time: woken by the request (or the year-end job)
/// that recorded a run, and every <c>Statements:RunInterval</c> for a run asked where no scheduler runs or cut short.
/// </summary>
[DisallowConcurrentExecution]
public sealed class StatementRunJob(StatementRuns runs) : IJob
{
    public static readonly JobKey Key = ScheduledJobs.Key("statement-runs");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var done = await runs.RunPendingAsync(cancellationToken);
        context.Result = $"{done} statement runs completed";
    }
}
