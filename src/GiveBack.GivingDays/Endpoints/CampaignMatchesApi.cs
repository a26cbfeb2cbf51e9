using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.GivingDays.Matches;
using GiveBack.GivingDays.Setup;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>A giving day's matches: a sponsor's offer set up by staff, and its figures (docs/architecture.md, "Giving days: matches").</summary>
public static class CampaignMatchesApi
{
    public static RouteGroupBuilder MapCampaignMatchesApi(this RouteGroupBuilder api)
    {
        var matches = api.MapGroup("/campaigns/{id:guid}/matches").WithTags("Campaigns");
        matches.MapPost("/", CreateMatch).RequireAuthorization(Policies.Write);
        matches.MapGet("/", ListMatches).RequireAuthorization(Policies.Read);
        matches.MapGet("/{matchId:guid}/allocations", ListAllocations).RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Created<MatchResponse>, Ok<MatchResponse>, ProblemHttpResult>> CreateMatch(
        Guid id, MatchRequest request, IdempotencyKey key, MatchDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        var edit = await desk.CreateAsync(id, key.IdFor("match", clock), request, cancellationToken);
        return edit switch
        {
            null => ApiProblems.NotFound("campaign", id),
            { Outcome: SetupOutcome.Created, Stored: { } match } => TypedResults.Created($"/api/v1/campaigns/{id}/matches/{match.Id}", MatchResponse.From(match)),
            { Outcome: SetupOutcome.AlreadyCreated, Stored: { } match } => TypedResults.Ok(MatchResponse.From(match)),
            { Outcome: SetupOutcome.KeyReused } => ApiProblems.IdempotencyKeyReused(),
            _ => edit.Errors.ToProblem(),
        };
    }

    /// <summary>The campaign's matches, oldest first, with what each has matched and what remains of its cap.</summary>
    public static async Task<Results<Ok<IReadOnlyList<MatchResponse>>, ProblemHttpResult>> ListMatches(
        Guid id, IGrainFactory grains, CampaignMatches matches, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is null)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        IReadOnlyList<MatchResponse> listed = [.. (await matches.OfCampaignAsync(id, cancellationToken)).Select(MatchResponse.From)];
        return TypedResults.Ok(listed);
    }

    /// <summary>The gifts a match has covered, each with its share and the sponsor's gift that paid it.</summary>
    public static async Task<Results<Ok<IReadOnlyList<MatchAllocationResponse>>, ProblemHttpResult>> ListAllocations(
        Guid id, Guid matchId, CampaignMatches matches, CancellationToken cancellationToken)
    {
        if (await matches.FindAsync(matchId, cancellationToken) is not { } match || match.CampaignId != id)
        {
            return ApiProblems.NotFound("match", matchId);
        }

        IReadOnlyList<MatchAllocationResponse> allocations = [.. (await matches.AllocationsAsync(matchId, cancellationToken)).Select(MatchAllocationResponse.From)];
        return TypedResults.Ok(allocations);
    }
}
