using GiveBack.GivingDays.Days;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>A campaign's giving day: its window, time zone and public slug (docs/architecture.md, "Giving days: the live view").</summary>
public static class GivingDayApi
{
    public static RouteGroupBuilder MapGivingDayApi(this RouteGroupBuilder api)
    {
        var day = api.MapGroup("/campaigns/{id:guid}/giving-day").WithTags("Campaigns");
        day.MapPut("/", SaveAsync).RequireAuthorization(Policies.Write);
        day.MapGet("/", GetAsync).RequireAuthorization(Policies.Read);
        return api;
    }

    /// <summary>Sets the campaign's giving day, the first time (201) or again (200); the screen token stays.</summary>
    public static async Task<Results<Created<GivingDayResponse>, Ok<GivingDayResponse>, ProblemHttpResult>> SaveAsync(
        Guid id, GivingDayRequest request, GivingDayDesk desk, CancellationToken cancellationToken)
    {
        return await desk.SaveAsync(id, request, cancellationToken) switch
        {
            null => ApiProblems.NotFound("campaign", id),
            { Day: { } day, Created: true } => TypedResults.Created($"/api/v1/campaigns/{id}/giving-day", GivingDayResponse.From(day)),
            { Day: { } day } => TypedResults.Ok(GivingDayResponse.From(day)),
            { SlugTaken: true } refused => refused.Errors.ToProblem(StatusCodes.Status409Conflict),
            var refused => refused.Errors.ToProblem(),
        };
    }

    public static async Task<Results<Ok<GivingDayResponse>, ProblemHttpResult>> GetAsync(Guid id, GivingDayStore days, CancellationToken cancellationToken) =>
        await days.OfCampaignAsync(id, cancellationToken) is { } day
            ? TypedResults.Ok(GivingDayResponse.From(day))
            : ApiProblems.NotFound("giving day of campaign", id);
}
