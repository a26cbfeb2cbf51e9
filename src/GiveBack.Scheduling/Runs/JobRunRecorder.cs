using Quartz;

namespace GiveBack.Scheduling.Runs;

/// <summary>Writes every job run (where, when, how it ended) to job_runs, for GET /api/v1/schedules.</summary>
public sealed class JobRunRecorder(JobRunLog log, TimeProvider clock) : IJobListener
{
    public string Name => "giveback-job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        await log.AddAsync(
            new JobRun
            {
                Job = context.JobDetail.Key.Name,
                FireInstanceId = context.FireInstanceId,
                Instance = context.Scheduler.SchedulerInstanceId,
                StartedAt = context.FireTimeUtc,
                FinishedAt = clock.GetUtcNow(),
                Outcome = jobException is null ? "succeeded" : "failed",
                Detail = jobException?.GetBaseException().Message ?? context.Result?.ToString(),
            },
            cancellationToken);
    }
}
