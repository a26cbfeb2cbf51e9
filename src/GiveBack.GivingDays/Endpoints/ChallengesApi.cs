using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Setup;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>A giving day's challenges: a sponsor's gift unlocked by a threshold, set up by staff, and its progress (docs/architecture.md, "Giving days: challenges").</summary>
public static class ChallengesApi
{
    public static RouteGroupBuilder MapCampaignChallengesApi(this RouteGroupBuilder api)
    {
        var challenges = api.MapGroup("/campaigns/{id:guid}/challenges").WithTags("Campaigns");
        challenges.MapPost("/", CreateChallenge).RequireAuthorization(Policies.Write);
        challenges.MapGet("/", ListChallenges).RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Created<ChallengeResponse>, Ok<ChallengeResponse>, ProblemHttpResult>> CreateChallenge(
        Guid id, ChallengeRequest request, IdempotencyKey key, ChallengeDesk desk, CampaignChallenges challenges, TimeProvider clock, CancellationToken cancellationToken)
    {
        var edit = await desk.CreateAsync(id, key.IdFor("challenge", clock), request, cancellationToken);
        return edit switch
        {
            null => ApiProblems.NotFound("campaign", id),
            { Outcome: SetupOutcome.Created, Stored: { } challenge } =>
                TypedResults.Created($"/api/v1/campaigns/{id}/challenges/{challenge.Id}", await ResponseAsync(challenge, challenges, cancellationToken)),
            { Outcome: SetupOutcome.AlreadyCreated, Stored: { } challenge } => TypedResults.Ok(await ResponseAsync(challenge, challenges, cancellationToken)),
            { Outcome: SetupOutcome.KeyReused } => ApiProblems.IdempotencyKeyReused(),
            _ => edit.Errors.ToProblem(),
        };
    }

    /// <summary>The campaign's challenges, oldest first, each with its progress and its unlock.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ChallengeResponse>>, ProblemHttpResult>> ListChallenges(
        Guid id, IGrainFactory grains, CampaignChallenges challenges, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is null)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        var listed = new List<ChallengeResponse>();
        foreach (var challenge in await challenges.OfCampaignAsync(id, cancellationToken))
        {
            listed.Add(await ResponseAsync(challenge, challenges, cancellationToken));
        }

        return TypedResults.Ok<IReadOnlyList<ChallengeResponse>>(listed);
    }

    /// <summary>A participation challenge's rate is read against its class's alumni of record as they stand now.</summary>
    private static async Task<ChallengeResponse> ResponseAsync(CampaignChallengeRecord challenge, CampaignChallenges challenges, CancellationToken cancellationToken) =>
        ChallengeResponse.From(
            challenge,
            challenge.Kind == ChallengeKind.Participation ? await challenges.AlumniOfRecordAsync(challenge.ClassYears.Single(), cancellationToken) : null);
}
