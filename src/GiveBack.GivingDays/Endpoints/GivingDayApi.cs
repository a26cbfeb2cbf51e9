using GiveBack.Grains.Abstractions.Campaigns;
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
        Guid id, GivingDayRequest request, IGrainFactory grains, GivingDayStore days, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is null)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        var errors = new FieldErrors();
        if (GivingDayValidation.Validate(request, id, clock.GetUtcNow(), errors) is not { } wanted)
        {
            return errors.ToProblem();
        }

        if (await days.SaveAsync(wanted, cancellationToken) is not var (day, created))
        {
            return errors.Add("slug", $"Another giving day has the slug '{wanted.Slug}'.").ToProblem(StatusCodes.Status409Conflict);
        }

        var response = GivingDayResponse.From(day);
        return created ? TypedResults.Created($"/api/v1/campaigns/{id}/giving-day", response) : TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<GivingDayResponse>, ProblemHttpResult>> GetAsync(Guid id, GivingDayStore days, CancellationToken cancellationToken) =>
        await days.OfCampaignAsync(id, cancellationToken) is { } day
            ? TypedResults.Ok(GivingDayResponse.From(day))
            : ApiProblems.NotFound("giving day of campaign", id);
}
