using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Scoring;
using GiveBack.Engagement.Stages;
using GiveBack.Grains.Abstractions.Engagement;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Endpoints;

/// <summary>Activities, scores and stages, talents and tags, the engagement report and the ambassador recompute.</summary>
public static class EngagementApi
{
    public static RouteGroupBuilder MapEngagementApi(this RouteGroupBuilder api)
    {
        var donors = api.MapGroup("/donors").WithTags("Engagement");
        var donor = donors.MapDonor();
        donor.MapPost("/activities", RecordActivity).RequireAuthorization(Policies.Write);
        donor.MapGet("/activities", ListActivities).RequireAuthorization(Policies.Read);
        donor.MapGet("/engagement", GetEngagement).RequireAuthorization(Policies.Read);
        donor.MapGet("/stage-changes", ListStageChanges).RequireAuthorization(Policies.Read);
        donor.MapGet("/talent", TalentEndpoints.GetTalent).RequireAuthorization(Policies.Read);
        donor.MapPut("/talent", TalentEndpoints.PutTalent).RequireAuthorization(Policies.Write);
        donor.MapPut("/tags", TalentEndpoints.PutTags).RequireAuthorization(Policies.Write);
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
        Guid id, ActivityRequest request, IdempotencyKey key, ActivityRecorder recorder, EngagementModel model,
        [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var write = await recorder.RecordOneAsync(
            id, key.IdFor("activity", clock), request.Type, request.OccurredAt, request.Detail, errors, cancellationToken);
        if (write is null)
        {
            return errors.ToProblem();
        }

        if (write.KeyReused)
        {
            return ApiProblems.IdempotencyKeyReused();
        }

        var response = ActivityResponse.From(write.Activities[0], model);
        return write.Inserted == 1 ? TypedResults.Created($"/api/v1/donors/{id}/activities", response) : TypedResults.Ok(response);
    }

    public static async Task<Ok<Page<ActivityResponse>>> ListActivities(
        Guid id, PageRequest page, ActivityStore store, EngagementModel model, CancellationToken cancellationToken)
    {
        var found = await store.PageOfDonorAsync(id, page.Offset, page.Limit, cancellationToken);
        return TypedResults.Ok(new Page<ActivityResponse>(
            [.. found.Items.Select(a => ActivityResponse.From(a, model))], found.Total, found.Offset, found.Limit));
    }

    /// <summary>The donor's score now, by dimension, and the stage (evaluated now: decay can move it down).</summary>
    public static async Task<Ok<EngagementResponse>> GetEngagement(Guid id, IGrainFactory grains) =>
        TypedResults.Ok(EngagementResponse.From(await grains.GetGrain<IEngagementGrain>(id).GetAsync()));

    public static async Task<Ok<IReadOnlyList<StageChangeResponse>>> ListStageChanges(
        Guid id, StandingStore standings, CancellationToken cancellationToken)
    {
        var changes = await standings.ChangesOfDonorAsync(id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StageChangeResponse>>([.. changes.Select(StageChangeResponse.From)]);
    }
}
