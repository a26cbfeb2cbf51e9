using GiveBack.Api.Engagement;
using GiveBack.Api.Paging;
using GiveBack.Api.Problems;
using GiveBack.Api.Security;
using GiveBack.Domain.Paging;
using GiveBack.Engagement;
using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Infrastructure;
using GiveBack.Engagement.Scoring;
using GiveBack.Engagement.Stages;
using GiveBack.Grains.Abstractions.Engagement;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Api.Apis;

/// <summary>Activities, scores and stages, talents and tags, the engagement report and the ambassador recompute.</summary>
public static class EngagementApi
{
    public static RouteGroupBuilder MapEngagementApi(this RouteGroupBuilder api)
    {
        var donors = api.MapGroup("/donors").WithTags("Engagement");
        donors.MapPost("/{id:guid}/activities", RecordActivity).RequireAuthorization(Policies.Write);
        donors.MapGet("/{id:guid}/activities", ListActivities).RequireAuthorization(Policies.Read);
        donors.MapGet("/{id:guid}/engagement", GetEngagement).RequireAuthorization(Policies.Read);
        donors.MapGet("/{id:guid}/stage-changes", ListStageChanges).RequireAuthorization(Policies.Read);
        donors.MapGet("/{id:guid}/talent", TalentEndpoints.GetTalent).RequireAuthorization(Policies.Read);
        donors.MapPut("/{id:guid}/talent", TalentEndpoints.PutTalent).RequireAuthorization(Policies.Write);
        donors.MapPut("/{id:guid}/tags", TalentEndpoints.PutTags).RequireAuthorization(Policies.Write);
        donors.MapGet("/talent", TalentEndpoints.FindTalent).RequireAuthorization(Policies.Read);

        api.MapPost("/activities/bulk", BulkActivityEndpoint.RecordActivities).WithTags("Engagement").RequireAuthorization(Policies.Write);
        api.MapGet("/reports/engagement", EngagementReportEndpoints.GetReport).WithTags("Engagement").RequireAuthorization(Policies.Read);
        api.MapGet("/engagement/model", EngagementReportEndpoints.GetModel).WithTags("Engagement").RequireAuthorization(Policies.Read);
        api.MapPost("/engagement/ambassadors/recompute", EngagementReportEndpoints.Recompute).WithTags("Engagement").RequireAuthorization(Policies.Write);
        return api;
    }

    /// <summary>
    /// Records one activity and returns it. With an Idempotency-Key the activity's id derives from the key, so a retry
    /// returns the same activity (200); the same key with another activity is refused (422).
    /// </summary>
    public static async Task<Results<Created<ActivityResponse>, Ok<ActivityResponse>, ProblemHttpResult>> RecordActivity(
        Guid id, ActivityRequest request, HttpRequest http, KnownDonors donors, ActivityStore store, EngagementModel model,
        IGrainFactory grains, [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var (key, keyError) = IdempotencyKey.Read(http, required: false);
        if (keyError is not null)
        {
            errors.Add(IdempotencyKey.HeaderName, keyError);
        }

        var now = clock.GetUtcNow();
        var (type, occurredAt, detail) = ActivityValidation.Validate(request.Type, request.OccurredAt, request.Detail, string.Empty, model, now, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await donors.ExistsAsync(id, cancellationToken))
        {
            return ApiProblems.NotFound("donor", id);
        }

        var activityId = key is null ? Guid.CreateVersion7(now) : IdempotencyKey.IdFor("activity", key);
        var write = await store.RecordAsync([new NewActivity(activityId, id, type!, occurredAt!.Value, detail)], now, cancellationToken);
        if (write.KeyReused)
        {
            return ApiProblems.IdempotencyKeyReused();
        }

        await ApplyAsync(grains, write.Activities);
        var response = ActivityResponse.From(write.Activities[0], model);
        return write.Inserted == 1 ? TypedResults.Created($"/api/v1/donors/{id}/activities", response) : TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<Page<ActivityResponse>>, ProblemHttpResult>> ListActivities(
        Guid id, int? offset, int? limit, KnownDonors donors, ActivityStore store, EngagementModel model, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.From(offset, limit, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await donors.ExistsAsync(id, cancellationToken))
        {
            return ApiProblems.NotFound("donor", id);
        }

        var found = await store.PageOfDonorAsync(id, page.Offset, page.Limit, cancellationToken);
        return TypedResults.Ok(new Page<ActivityResponse>(
            [.. found.Items.Select(a => ActivityResponse.From(a, model))], found.Total, found.Offset, found.Limit));
    }

    /// <summary>The donor's score now, by dimension, and the stage (evaluated now: decay can move it down).</summary>
    public static async Task<Results<Ok<EngagementResponse>, ProblemHttpResult>> GetEngagement(
        Guid id, KnownDonors donors, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!await donors.ExistsAsync(id, cancellationToken))
        {
            return ApiProblems.NotFound("donor", id);
        }

        return TypedResults.Ok(EngagementResponse.From(await grains.GetGrain<IEngagementGrain>(id).GetAsync()));
    }

    public static async Task<Results<Ok<IReadOnlyList<StageChangeResponse>>, ProblemHttpResult>> ListStageChanges(
        Guid id, KnownDonors donors, StandingStore standings, CancellationToken cancellationToken)
    {
        if (!await donors.ExistsAsync(id, cancellationToken))
        {
            return ApiProblems.NotFound("donor", id);
        }

        var changes = await standings.ChangesOfDonorAsync(id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StageChangeResponse>>([.. changes.Select(StageChangeResponse.From)]);
    }

    /// <summary>Hands committed activities to their donors' grains, a few donors at a time.</summary>
    internal static async Task ApplyAsync(IGrainFactory grains, IEnumerable<ActivityRecord> activities) =>
        await Parallel.ForEachAsync(
            activities.GroupBy(a => a.DonorId),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (donor, _) => await grains.GetGrain<IEngagementGrain>(donor.Key)
                .ApplyAsync([.. donor.Select(a => new ActivityFact(a.Id, a.DonorId, a.Type, a.OccurredAt))]));
}
