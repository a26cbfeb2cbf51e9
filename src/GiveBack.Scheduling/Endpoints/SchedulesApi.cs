using GiveBack.Scheduling.Runs;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GiveBack.Scheduling.Endpoints;

/// <summary>The scheduler's own endpoint: every job the modules put on it, its trigger and its last runs.</summary>
public static class SchedulesApi
{
    private const int RunsShown = 5;

    public static RouteGroupBuilder MapSchedulesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/schedules", ListSchedules).WithTags("Schedules").RequireAuthorization(Policies.Read);
        return api;
    }

    /// <summary>Each scheduled job: its cron, next and previous fire times, and its last runs with where and how they ended.</summary>
    public static async Task<Ok<IReadOnlyList<ScheduleResponse>>> ListSchedules(
        IServiceProvider services, IEnumerable<ScheduledJob> jobs, JobRunLog runs, CancellationToken cancellationToken)
    {
        var factory = services.GetService<ISchedulerFactory>();
        var scheduler = factory is null ? null : await factory.GetScheduler(cancellationToken);
        var latest = await runs.LatestAsync(RunsShown, cancellationToken);
        var schedules = new List<ScheduleResponse>();
        foreach (var (job, triggerKey) in jobs.OrderBy(j => j.Job.Name, StringComparer.Ordinal))
        {
            var trigger = scheduler is null ? null : await scheduler.GetTrigger(triggerKey, cancellationToken);
            schedules.Add(new ScheduleResponse(
                job.Name,
                trigger is not null,
                (trigger as ICronTrigger)?.CronExpressionString,
                trigger?.NextFireTimeUtc,
                trigger?.PreviousFireTimeUtc,
                [.. latest[job.Name].Select(r => new JobRunResponse(r.StartedAt, r.FinishedAt, r.Outcome, r.Detail, r.Instance))]));
        }

        return TypedResults.Ok<IReadOnlyList<ScheduleResponse>>(schedules);
    }
}
