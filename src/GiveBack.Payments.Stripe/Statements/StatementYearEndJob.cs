using GiveBack.Scheduling;
using Quartz;

namespace GiveBack.Payments.Stripe.Statements;

/// <summary>
/// In January (<c>Statements:YearEndCron</c>), starts the run of the calendar year just ended, unless staff already
/// started one for that year; <see cref="StatementRunJob"/> does it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class StatementYearEndJob(StatementRuns runs, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = ScheduledJobs.Key("statements-year-end");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var year = clock.GetUtcNow().Year - 1;
        context.Result = await runs.StartYearEndAsync(year, cancellationToken)
            ? $"the {year} statement run was started"
            : $"the {year} statement run was started before";
    }
}
