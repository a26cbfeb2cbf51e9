using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Engagement.Moves;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Endpoints;

/// <summary>Moves management for major-gift prospects, and each gift officer's portfolio.</summary>
public static class OfficersApi
{
    public static RouteGroupBuilder MapOfficersApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/donors").MapDonor().MapPut("/moves", PutMoves).WithTags("Moves").RequireAuthorization(Policies.Write);
        api.MapGet("/donors/{id:guid}/moves", GetMoves).WithTags("Moves").RequireAuthorization(Policies.Read);
        api.MapGet("/officers/{id}/portfolio", GetPortfolio).WithTags("Moves").RequireAuthorization(Policies.Read);
        return api;
    }

    /// <summary>Sets the prospect's stage, officer, next step and due date; each change is kept in the history.</summary>
    public static async Task<Results<Ok<MovesResponse>, ProblemHttpResult>> PutMoves(
        Guid id, MovesRequest request, MovesStore moves,
        [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var update = MovesValidation.Validate(request, errors);
        if (update is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(MovesResponse.From(await moves.SaveAsync(id, update, clock.GetUtcNow(), cancellationToken)));
    }

    public static async Task<Results<Ok<MovesResponse>, ProblemHttpResult>> GetMoves(Guid id, MovesStore moves, CancellationToken cancellationToken) =>
        await moves.FindAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(MovesResponse.From(found))
            : ApiProblems.NotFound("prospect moves for donor", id);

    public static async Task<Results<Ok<PortfolioResponse>, ProblemHttpResult>> GetPortfolio(
        string id, MovesStore moves, [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!MovesValidation.IsOfficerId(id))
        {
            return ApiProblems.Invalid("id", "An officer id is 1 to 64 letters, digits or . _ @ -.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(PortfolioResponse.From(id, await moves.PortfolioAsync(id, cancellationToken), today));
    }
}
