using GiveBack.Domain.Paging;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Payments.Endpoints;

/// <summary>
/// The processor's events as stored: pending, processed, or parked after failing for the whole retry window, and a
/// replay. Gift officers and admins may list (the list shows no payload, so no donor details); only admins replay, as
/// it is an operator's action after fixing the cause.
/// </summary>
public static class PaymentEventsApi
{
    private const int MaxIdLength = 255;

    public static RouteGroupBuilder MapPaymentEventsApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/payments/events").WithTags("Payments");
        events.MapGet("/", ListAsync).RequireAuthorization(Policies.Write).WithName("ListPaymentEvents");
        events.MapPost("/{id}/replay", ReplayAsync).RequireAuthorization(Policies.Admin).WithName("ReplayPaymentEvent");
        return api;
    }

    /// <summary>Newest first; <c>status</c> (pending, processed, parked) narrows the list.</summary>
    public static async Task<Results<Ok<Page<PaymentEventView>>, ProblemHttpResult>> ListAsync(
        string? status, PageRequest page, IPaymentEvents events, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Check(status is null || PaymentEventStatuses.All.Contains(status), "status", $"status must be one of: {string.Join(", ", PaymentEventStatuses.All)}.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (items, total) = await events.ListAsync(status, page.Offset, page.Limit, cancellationToken);
        return TypedResults.Ok(new Page<PaymentEventView>(items, total, page.Offset, page.Limit));
    }

    /// <summary>
    /// Sets a parked or processed event pending again (a fresh retry window) and processes it through the normal path:
    /// 202 with the event. Replaying an event already booked books nothing twice. 409 while it is still pending, or once the retention job removed its payload.
    /// </summary>
    public static async Task<Results<Accepted<PaymentEventView>, ProblemHttpResult>> ReplayAsync(
        string id, IPaymentEvents events, CancellationToken cancellationToken)
    {
        if (id.Length > MaxIdLength || id.Any(char.IsControl))
        {
            return ApiProblems.Invalid("id", $"id must be a processor event id (e.g. evt_…), at most {MaxIdLength} characters.");
        }

        var replay = await events.ReplayAsync(id, cancellationToken);
        if (replay.Event is not { } found)
        {
            return ApiProblems.NotFound("payment event", id);
        }

        if (replay.AlreadyPending)
        {
            return ApiProblems.Conflict(
                "Payment event still pending",
                $"Event '{id}' is not processed yet and will be tried again at {found.NextAttemptAt:O}; only parked or processed events are replayed.");
        }

        return replay.PayloadRemoved
            ? ApiProblems.Conflict(
                "Payment event payload removed",
                $"Event '{id}' was processed long ago and its payload was removed (Retention:StripeEventPayloadDays); resend it from Stripe's dashboard to process it again.")
            : TypedResults.Accepted((string?)null, found);
    }
}
