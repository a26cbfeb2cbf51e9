using Quartz;

namespace GiveBack.Scheduling;

/// <summary>
/// A job a module put on the one scheduler, and the trigger that fires it: what <c>GET /api/v1/schedules</c> lists.
/// Modules register theirs with <see cref="ScheduledJobs"/>; the scheduler kernel names no module. The same record is
/// what Quartz is given when the scheduler is composed: the job's type, and its cron (none when the module writes the
/// trigger itself).
/// </summary>
public sealed record ScheduledJob(JobKey Job, TriggerKey Trigger)
{
    internal Type JobType { get; init; } = typeof(IJob);

    internal Func<IServiceProvider, SchedulingOptions, string>? Cron { get; init; }
}
