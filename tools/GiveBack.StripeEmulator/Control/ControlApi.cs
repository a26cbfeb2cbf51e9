using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Flows;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Store;
using GiveBack.StripeEmulator.Webhooks;
using Microsoft.AspNetCore.Mvc;

namespace GiveBack.StripeEmulator.Control;

/// <summary>
/// <c>/_emulator/*</c>: what tests and the demo drive instead of a browser, a card network or Stripe's clock.
/// Documented in the project's README.md.
/// </summary>
internal static class ControlApi
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_emulator");
        group.MapPost("/checkout/sessions/{id}/complete", (string id, [FromBody] CompleteCheckoutRequest? body, EmulatorStore store, CheckoutFlow flow) =>
            Locked(store, () => flow.Complete(id, body?.Email, body?.Name)));
        group.MapPost("/checkout/sessions/{id}/fail", (string id, EmulatorStore store, CheckoutFlow flow) =>
            Locked(store, () => flow.Fail(id)));
        group.MapPost("/subscriptions/{id}/advance", (string id, [FromBody] AdvanceSubscriptionRequest? body, EmulatorStore store, SubscriptionBilling billing) =>
            Locked(store, () =>
            {
                var success = Outcome(body?.Outcome ?? "success", "success", "failure");
                var (subscription, invoice) = billing.Advance(id, success);
                return new JsonObject { ["subscription"] = subscription.DeepClone(), ["invoice"] = invoice?.DeepClone() };
            }));
        group.MapPost("/charges/{id}/dispute", (string id, [FromBody] OpenDisputeRequest? body, EmulatorStore store, DisputeFlow disputes) =>
            Locked(store, () => disputes.Open(id, body?.Amount, body?.Reason)));
        group.MapPost("/disputes/{id}/close", (string id, [FromBody] CloseDisputeRequest body, EmulatorStore store, DisputeFlow disputes) =>
            Locked(store, () => disputes.Close(id, Outcome(body.Outcome, "won", "lost"))));
        group.MapPost("/events/{id}/resend", (string id, EmulatorStore store, EventPublisher events) =>
            Locked(store, () =>
            {
                var evt = store.Get(id, "event");
                events.Resend(evt);
                return evt;
            }));
        group.MapPost("/faults", (FaultRequest body, FaultPlan faults) =>
        {
            faults.Arm(body.PathPrefix, body.Status, body.Count);
            return Results.NoContent();
        });
        group.MapGet("/objects", (string? type, EmulatorStore store) =>
            Locked(store, () => new JsonObject
            {
                ["data"] = new JsonArray([.. store.All().Where(o => type is null || (string?)o["object"] == type).Select(o => (JsonNode)o.DeepClone())]),
            }));
        group.MapPost("/reset", (EmulatorStore store, WebhookDispatcher dispatcher, WebhookSettings settings, IdempotencyCache replies) =>
        {
            lock (store.Gate)
            {
                store.Clear();
                dispatcher.Reset();
                settings.Reset();
                replies.Clear();
            }

            return Results.NoContent();
        });
        group.MapDeliveryControls();
        return app;
    }

    private static IResult Locked(EmulatorStore store, Func<JsonObject> action)
    {
        lock (store.Gate)
        {
            return StripeRequest.Json(action());
        }
    }

    private static bool Outcome(string value, string yes, string no) =>
        value == yes ? true
        : value == no ? false
        : throw StripeApiException.Invalid("outcome", $"outcome must be '{yes}' or '{no}', not '{value}'.");
}
