using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.GivingDays.Leaderboards;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>A campaign's leaderboards, at most a second old (<see cref="LiveFigures"/>; docs/architecture.md, "Giving days: the live view").</summary>
public static class LeaderboardApi
{
    public static RouteGroupBuilder MapLeaderboardApi(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{id:guid}/leaderboards", GetAsync).WithTags("Campaigns").RequireAuthorization(Policies.Read);
        return api;
    }

    /// <summary><c>?by=classYear|fund&amp;measure=amount|donors|participation</c>; class year and amount when left out.</summary>
    public static async Task<Results<Ok<Leaderboard>, ProblemHttpResult>> GetAsync(
        Guid id, string? by, string? measure, IGrainFactory grains, LiveFigures figures)
    {
        by ??= LeaderboardKinds.ClassYear;
        measure ??= LeaderboardKinds.Amount;
        var errors = new FieldErrors();
        errors.Check(LeaderboardKinds.Bys.Contains(by), "by", $"by is '{LeaderboardKinds.ClassYear}' or '{LeaderboardKinds.Fund}'.");
        errors.Check(
            LeaderboardKinds.Measures.Contains(measure),
            "measure",
            $"measure is '{LeaderboardKinds.Amount}', '{LeaderboardKinds.Donors}' or '{LeaderboardKinds.Participation}'.");
        errors.Check(
            !(by == LeaderboardKinds.Fund && measure == LeaderboardKinds.Participation),
            "measure",
            "participation is a class's measure (its donors over its alumni of record); a fund has no alumni of record.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is not { } campaign)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        return TypedResults.Ok(LeaderboardRanking.Rank(await figures.BoardsAsync(id, campaign.Currency), by, measure));
    }
}
