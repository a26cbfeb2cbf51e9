using GiveBack.Api.Schedules;
using GiveBack.Ledger.Pledges;
using GiveBack.Scheduling;
using GiveBack.Scheduling.Runs;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GiveBack.Api.Apis;

public static class SchedulesApi
{
    private const int RunsShown = 5;

    public static RouteGroupBuilder MapSchedulesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/schedules", ListSchedules).WithTags("Schedules").RequireAuthorization(Policies.Read);
        api.MapGet("/reports/pledge-aging", PledgeAgingReport).WithTags("Reports").RequireAuthorization(Policies.Read);
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

    /// <summary>What open pledges still owe, by days past due: current, 1–30, 31–60, 61–90, 90+.</summary>
    public static async Task<Ok<PledgeAgingResponse>> PledgeAgingReport(PledgeAging aging, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var buckets = await aging.AsOfAsync(today, cancellationToken);
        return TypedResults.Ok(new PledgeAgingResponse(today, [.. PledgeAging.Ordered(buckets)]));
    }
}
