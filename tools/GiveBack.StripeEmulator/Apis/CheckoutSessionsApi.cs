using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Flows;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;
using Microsoft.Extensions.Options;

namespace GiveBack.StripeEmulator.Apis;

/// <summary><c>/v1/checkout/sessions</c>: create (modes <c>payment</c> and <c>subscription</c>), retrieve, expire.</summary>
internal static class CheckoutSessionsApi
{
    public static IEndpointRouteBuilder MapCheckoutSessionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/checkout/sessions");
        group.MapPost("", CreateAsync);
        group.MapGet("{id}", RetrieveAsync);
        group.MapPost("{id}/expire", ExpireAsync);
        return app;
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, EmulatorStore store, IOptions<StripeEmulatorOptions> options)
    {
        var form = await StripeRequest.ReadAsync(request);
        var mode = form.Required("mode");
        if (mode is not ("payment" or "subscription"))
        {
            throw StripeApiException.Invalid("mode", $"Invalid mode: the Stripe emulator supports payment and subscription, not {mode}.");
        }

        var lines = form.Items("line_items");
        if (lines.Count == 0)
        {
            throw StripeApiException.Missing("line_items");
        }

        lock (store.Gate)
        {
            var now = store.Now;
            var priced = lines.Select((line, i) => SessionLines.Price(store, line, i, mode, now)).ToList();
            var currency = (string)priced[0].Price["currency"]!;
            if (priced.Any(p => (string?)p.Price["currency"] != currency))
            {
                throw StripeApiException.Invalid("line_items", "All line items must have the same currency.");
            }

            var id = CheckoutSessionObjects.NewId();
            var amount = priced.Sum(p => (long)p.Price["unit_amount"]! * p.Quantity);
            var url = $"{PublicUrl.Base(request, options.Value)}/checkout/{id}";
            var session = CheckoutSessionObjects.New(id, now, mode, currency, amount, url);
            if (form.String("customer") is { } customerId)
            {
                store.Get(customerId, "customer", "customer");
                session["customer"] = customerId;
            }

            foreach (var field in new[] { "customer_email", "client_reference_id", "success_url", "cancel_url", "locale", "submit_type" })
            {
                session[field] = form.String(field);
            }

            session["metadata"] = form.Metadata("metadata");
            var draft = store.Internal(id);
            draft["line_items"] = new JsonArray([.. priced.Select(p => (JsonNode)new JsonObject
            {
                ["price"] = (string)p.Price["id"]!,
                ["quantity"] = p.Quantity,
            })]);
            draft["payment_intent_metadata"] = form.Metadata("payment_intent_data", "metadata");
            draft["payment_intent_description"] = form.String("payment_intent_data", "description");
            draft["subscription_metadata"] = form.Metadata("subscription_data", "metadata");
            store.Put(session);
            return StripeRequest.Json(session, form, store);
        }
    }

    private static async Task<IResult> RetrieveAsync(string id, HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            return StripeRequest.Json(store.Get(id, "checkout.session"), form, store);
        }
    }

    private static async Task<IResult> ExpireAsync(string id, HttpRequest request, EmulatorStore store, EventPublisher events)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            var session = store.Get(id, "checkout.session");
            if ((string?)session["status"] != "open")
            {
                throw StripeApiException.State($"Only Checkout Sessions with a status in [\"open\"] can be expired. This session has status \"{(string?)session["status"]}\".");
            }

            session["status"] = "expired";
            events.Publish("checkout.session.expired", session);
            return StripeRequest.Json(session, form, store);
        }
    }
}
