using GiveBack.Engagement.Reporting;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.GivingDays.Ambassadors;
using GiveBack.GivingDays.Setup;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>A giving day's ambassadors: their links, their figures and leaderboard, their invitations and nudges (docs/architecture.md, "Giving days: ambassadors").</summary>
public static class AmbassadorsApi
{
    /// <summary>How many of the engagement module's ambassadors an invitation run reads at a time.</summary>
    private const int CandidatePage = 200;

    public static RouteGroupBuilder MapAmbassadorsApi(this RouteGroupBuilder api)
    {
        var ambassadors = api.MapGroup("/campaigns/{id:guid}/ambassadors").WithTags("Campaigns");
        ambassadors.MapPost("/", CreateAmbassador).RequireAuthorization(Policies.Write);
        ambassadors.MapGet("/", ListAmbassadors).RequireAuthorization(Policies.Read);
        ambassadors.MapPost("/invitations", InviteAmbassadors).RequireAuthorization(Policies.Write);
        ambassadors.MapPost("/{ambassadorId:guid}/nudge", NudgeAmbassador).RequireAuthorization(Policies.Write);
        return api;
    }

    /// <summary>Makes the donor an ambassador of the giving day (201 with their link); a donor who already is one gets theirs back (200).</summary>
    public static async Task<Results<Created<AmbassadorResponse>, Ok<AmbassadorResponse>, ProblemHttpResult>> CreateAmbassador(
        Guid id, AmbassadorRequest request, AmbassadorDesk desk, CampaignAmbassadors ambassadors, AmbassadorLinks links, CancellationToken cancellationToken)
    {
        var edit = await desk.CreateAsync(id, request, cancellationToken);
        if (edit is not { Stored: { } stored })
        {
            return edit is null ? ApiProblems.NotFound("campaign", id) : edit.Errors.ToProblem();
        }

        var response = AmbassadorResponse.From(stored, await ambassadors.FiguresOfAsync(stored.Id, cancellationToken), links.LinkOf(stored));
        return edit.Outcome == SetupOutcome.Created
            ? TypedResults.Created($"/api/v1/campaigns/{id}/ambassadors/{stored.Id}", response)
            : TypedResults.Ok(response);
    }

    /// <summary>The campaign's ambassadors as their leaderboard: amount (net of reversals) first, then donors; ties share a rank.</summary>
    public static async Task<Results<Ok<IReadOnlyList<AmbassadorResponse>>, ProblemHttpResult>> ListAmbassadors(
        Guid id, IGrainFactory grains, CampaignAmbassadors ambassadors, AmbassadorLinks links, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is null)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        IReadOnlyList<AmbassadorResponse> listed = [.. (await ambassadors.LeaderboardAsync(id, cancellationToken))
            .Select(s => AmbassadorResponse.From(s.Ambassador, s.Figures, links.LinkOf(s.Ambassador), s.Rank))];
        return TypedResults.Ok(listed);
    }

    /// <summary>
    /// Makes every donor the engagement module lists as an ambassador one of this giving day's, and queues each their
    /// invitation. Run it again after the engagement recompute: those already invited are not invited twice.
    /// </summary>
    public static async Task<Results<Ok<AmbassadorInvitationsResponse>, ProblemHttpResult>> InviteAmbassadors(
        Guid id, IGrainFactory grains, EngagementReportQuery engagement, CampaignAmbassadors ambassadors, AmbassadorOutreach outreach,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is not { } campaign)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        int candidates = 0, created = 0, invited = 0;
        var now = clock.GetUtcNow();
        for (var offset = 0; ; offset += CandidatePage)
        {
            var page = await engagement.AmbassadorsAsync(now, offset, CandidatePage, cancellationToken);
            foreach (var candidate in page.Items)
            {
                candidates++;
                var (ambassador, isNew) = await ambassadors.CreateAsync(
                    AmbassadorValidation.New(id, candidate.DonorId, campaign.Currency, null, null, clock.GetUtcNow()), cancellationToken);
                created += isNew ? 1 : 0;
                invited += await outreach.InviteAsync(ambassador, cancellationToken) ? 1 : 0;
            }

            if (page.Items.Count < CandidatePage)
            {
                break;
            }
        }

        return TypedResults.Ok(new AmbassadorInvitationsResponse(candidates, created, invited));
    }

    /// <summary>
    /// Queues a nudge to the ambassador with their figures so far. With an Idempotency-Key a retry queues nothing more;
    /// without one each request is a new nudge.
    /// </summary>
    public static async Task<Results<Accepted<AmbassadorNudgeResponse>, ProblemHttpResult>> NudgeAmbassador(
        Guid id, Guid ambassadorId, IdempotencyKey key, CampaignAmbassadors ambassadors, AmbassadorOutreach outreach, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await ambassadors.FindAsync(ambassadorId, cancellationToken) is not { } ambassador || ambassador.CampaignId != id)
        {
            return ApiProblems.NotFound("ambassador", ambassadorId);
        }

        var queued = await outreach.NudgeAsync(ambassador, key.IdFor($"nudge:{ambassadorId:N}", clock), cancellationToken);
        return TypedResults.Accepted((string?)null, new AmbassadorNudgeResponse(ambassadorId, queued));
    }
}
