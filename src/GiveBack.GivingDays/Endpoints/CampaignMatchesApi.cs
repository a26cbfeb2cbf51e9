using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.GivingDays.Matches;
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
        Guid id, MatchRequest request, IdempotencyKey key, IGrainFactory grains, CampaignMatches matches, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is not { } campaign)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        var errors = new FieldErrors();
        var match = MatchValidation.Validate(request, key.IdFor("match", clock), id, campaign.Currency, clock.GetUtcNow(), errors);
        if (match is not null && await grains.GetGrain<IDonorGrain>(match.SponsorDonorId).GetAsync() is null)
        {
            errors.Add("sponsorDonorId", $"No donor has the id {match.SponsorDonorId}.");
        }

        if (match is null || errors.Any)
        {
            return errors.ToProblem();
        }

        var (stored, created) = await matches.CreateAsync(match, cancellationToken);
        return created
            ? TypedResults.Created($"/api/v1/campaigns/{id}/matches/{stored.Id}", MatchResponse.From(stored))
            : MatchValidation.SameTerms(stored, match) ? TypedResults.Ok(MatchResponse.From(stored)) : ApiProblems.IdempotencyKeyReused();
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
