using Quartz;

namespace GiveBack.Scheduling;

/// <summary>
/// A job a module put on the one scheduler, and the trigger that fires it: what <c>GET /api/v1/schedules</c> lists.
/// Modules register theirs with <see cref="ScheduledJobs"/>; the scheduler kernel names no module.
/// </summary>
public sealed record ScheduledJob(JobKey Job, TriggerKey Trigger);
