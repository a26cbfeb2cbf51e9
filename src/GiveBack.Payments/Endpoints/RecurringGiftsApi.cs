using GiveBack.Payments.GivingPage;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Payments.Endpoints;

/// <summary>
/// Monthly gifts for the office: status, next charge and failures; cancel or change the amount (through Stripe: past
/// gifts are kept, nothing is refunded); and a self-service link to send the donor, valid for 30 days.
/// </summary>
public static class RecurringGiftsApi
{
    public static RouteGroupBuilder MapRecurringGiftsApi(this RouteGroupBuilder api)
    {
        var recurring = api.MapGroup("/recurring-gifts").WithTags("Recurring gifts");
        recurring.MapGet("/", ListAsync).RequireAuthorization(Policies.Read);
        recurring.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Read);
        recurring.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Write);
        recurring.MapPatch("/{id:guid}", ChangeAsync).RequireAuthorization(Policies.Write);
        recurring.MapGet("/{id:guid}/donor-link", DonorLinkAsync).RequireAuthorization(Policies.Write);
        return api;
    }

    /// <summary>Newest first; <c>status</c> (Stripe's) narrows the list, <c>needsAttention=true</c> keeps the gifts paying into a closed campaign.</summary>
    public static async Task<Results<Ok<RecurringGiftPage>, ProblemHttpResult>> ListAsync(
        string? status, int? offset, int? limit, bool? needsAttention, IRecurringGifts recurring, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Check(offset is null or >= 0, "offset", "offset must be 0 or more.");
        errors.Check(limit is null or (>= 1 and <= 200), "limit", "limit must be between 1 and 200.");
        errors.Check(status is null || status.Length <= 32, "status", "status is at most 32 characters.");
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(await recurring.ListAsync(status, offset ?? 0, limit ?? 50, needsAttention ?? false, cancellationToken));
    }

    public static async Task<Results<Ok<RecurringGiftView>, ProblemHttpResult>> GetAsync(Guid id, IRecurringGifts recurring, CancellationToken cancellationToken) =>
        await recurring.GetAsync(id, cancellationToken) is { } gift ? TypedResults.Ok(gift) : ApiProblems.NotFound("recurring gift", id);

    public static async Task<Results<Ok<RecurringGiftView>, ProblemHttpResult>> CancelAsync(Guid id, IRecurringGifts recurring, CancellationToken cancellationToken) =>
        await recurring.CancelAsync(id, cancellationToken) is { } gift ? TypedResults.Ok(gift) : ApiProblems.NotFound("recurring gift", id);

    public static async Task<Results<Ok<RecurringGiftView>, ProblemHttpResult>> ChangeAsync(
        Guid id, RecurringGiftChange? change, IRecurringGifts recurring, CancellationToken cancellationToken)
    {
        if (change?.Amount is not ({ } amount and > 0 and <= Domain.Money.GiftAmount.MaxMinorUnits))
        {
            return ApiProblems.Invalid("amount", "amount is required: the new monthly amount in minor units, more than 0.");
        }

        var current = await recurring.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return ApiProblems.NotFound("recurring gift", id);
        }

        if (current.Status == "canceled")
        {
            return ApiProblems.Conflict("Recurring gift canceled", "A canceled monthly gift cannot be changed; the donor can start a new one.");
        }

        return TypedResults.Ok((await recurring.ChangeAmountAsync(id, amount, cancellationToken))!);
    }

    /// <summary>A fresh self-service link for the donor, valid for 30 days (each thank-you e-mail carries one too).</summary>
    public static async Task<Results<Ok<DonorLink>, ProblemHttpResult>> DonorLinkAsync(
        Guid id, IRecurringGifts recurring, IMonthlyGiftLinks links, CancellationToken cancellationToken) =>
        await recurring.GetAsync(id, cancellationToken) is null
            ? ApiProblems.NotFound("recurring gift", id)
            : TypedResults.Ok(new DonorLink(links.Create(id)));
}
