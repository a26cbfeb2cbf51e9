using System.Security.Claims;
using GiveBack.Constituents.Audit;
using GiveBack.Constituents.Relationships;
using GiveBack.Constituents.Relationships.Store;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// Soft credits on a gift (<c>GET/POST /gifts/{id}/soft-credits</c>, <c>DELETE /gifts/{id}/soft-credits/{softCreditId}</c>)
/// and an employer's matching gift linked to an employee's gift (<c>POST /gifts/{id}/matching-gift</c>).
/// </summary>
public static class SoftCreditsApi
{
    // Reasons staff give; employer-match is written by the product with the matching-gift link.
    private static readonly string[] StaffReasons = [.. SoftCreditReasons.All.Where(r => r != SoftCreditReasons.EmployerMatch)];

    public static RouteGroupBuilder MapSoftCreditsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var gift = api.MapGroup("/gifts/{id:guid}").WithTags("Relationships");
        gift.MapGet("/soft-credits", ListSoftCredits).RequireAuthorization(Policies.Read);
        gift.MapPost("/soft-credits", AddSoftCredit).RequireAuthorization(Policies.Write);
        gift.MapDelete("/soft-credits/{softCreditId:guid}", RemoveSoftCredit).RequireAuthorization(Policies.Write);
        gift.MapPost("/matching-gift", LinkMatchingGift).RequireAuthorization(Policies.Write);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<SoftCreditView>>> ListSoftCredits(Guid id, CreditSummaries credits, CancellationToken cancellationToken) =>
        TypedResults.Ok(await credits.OfGiftAsync(id, cancellationToken));

    /// <summary>Full (no amount) or partial; refused when more than the gift, on a reversed gift, or to the gift's own donor.</summary>
    public static async Task<Results<Created<SoftCreditView>, ProblemHttpResult>> AddSoftCredit(
        Guid id, SoftCreditRequest request, SoftCredits softCredits, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Check(request.DonorId is not null, "donorId", "donorId is required: the donor to credit.")
            .Check(request.Reason is not null && StaffReasons.Contains(request.Reason), "reason", $"reason is one of: {string.Join(", ", StaffReasons)}.")
            .Check(request.Amount is null or > 0, "amount", "amount, in minor units, is more than 0 (leave it out to credit the whole gift).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var outcome = await softCredits.AddAsync(id, request.DonorId!.Value, request.Amount, request.Reason!, PersonalDataAudit.ActorOf(user), cancellationToken);
        return outcome.Value is { } credit ? TypedResults.Created($"/api/v1/gifts/{id}/soft-credits/{credit.Id}", credit) : outcome.Problem!.ToProblem();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveSoftCredit(
        Guid id, Guid softCreditId, SoftCredits softCredits, CancellationToken cancellationToken) =>
        await softCredits.RemoveAsync(id, softCreditId, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("soft credit", softCreditId);

    /// <summary>The path's gift is the employee's; <c>matchingGiftId</c> the employer's, booked as any gift (<c>POST /gifts</c>).</summary>
    public static async Task<Results<Ok<MatchingGiftView>, ProblemHttpResult>> LinkMatchingGift(
        Guid id, MatchingGiftRequest request, SoftCredits softCredits, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.MatchingGiftId is not { } matchingGiftId)
        {
            return ApiProblems.Invalid("matchingGiftId", "matchingGiftId is required: the employer's gift that matches this one.");
        }

        var outcome = await softCredits.MatchAsync(id, matchingGiftId, PersonalDataAudit.ActorOf(user), cancellationToken);
        return outcome.Value is { } match ? TypedResults.Ok(match) : outcome.Problem!.ToProblem();
    }
}
