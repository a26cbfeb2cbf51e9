using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;
using Microsoft.Extensions.Options;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>
/// What the hosted page's Pay and Decline buttons (and the control API) do to a Checkout Session.
/// Call under the store's lock.
/// </summary>
internal sealed class CheckoutFlow(
    EmulatorStore store,
    PaymentRecorder payments,
    SubscriptionBilling billing,
    EventPublisher events,
    IOptions<StripeEmulatorOptions> options)
{
    /// <summary>Pays the session. Paying a completed session again changes nothing, like reloading Stripe's success page.</summary>
    public JsonObject Complete(string sessionId, string? email, string? name)
    {
        var session = store.Get(sessionId, "checkout.session");
        switch ((string?)session["status"])
        {
            case "complete":
                return session;
            case "expired":
                throw StripeApiException.State("This Checkout Session is no longer active.", "checkout_session_expired");
            default:
                break;
        }

        var customer = ResolveCustomer(session, email, name);
        session["customer"] = (string)customer["id"]!;
        session["customer_details"] = CheckoutSessionObjects.CustomerDetails(customer);
        var draft = store.Internal(sessionId);
        if ((string?)session["mode"] == "subscription")
        {
            var (subscription, invoice) = billing.StartFromCheckout(session, customer, draft);
            session["subscription"] = (string)subscription["id"]!;
            session["invoice"] = (string)invoice["id"]!;
        }
        else
        {
            var intent = PaymentIntentFor(session, customer, draft);
            payments.Succeed(intent, customer);
        }

        session["status"] = "complete";
        session["payment_status"] = "paid";
        events.Publish("checkout.session.completed", session);
        return session;
    }

    /// <summary>A declined card: <c>payment_intent.payment_failed</c>; the session stays open for another try.</summary>
    public JsonObject Fail(string sessionId)
    {
        var session = store.Get(sessionId, "checkout.session");
        if ((string?)session["status"] != "open")
        {
            throw StripeApiException.State($"This Checkout Session is {(string?)session["status"]}; only an open session can fail.");
        }

        var draft = store.Internal(sessionId);
        var customer = StripeJson.Id(session["customer"]) is { } customerId ? store.Find(customerId) : null;
        var intent = (string?)session["mode"] == "subscription"
            ? payments.NewIntent((long)session["amount_total"]!, (string)session["currency"]!, customer, "Subscription creation", [])
            : PaymentIntentFor(session, customer, draft);
        payments.Fail(intent);
        return session;
    }

    public static string SuccessRedirect(JsonObject session) =>
        ((string?)session["success_url"] ?? "/").Replace("{CHECKOUT_SESSION_ID}", (string)session["id"]!, StringComparison.Ordinal);

    public static string CancelRedirect(JsonObject session) =>
        ((string?)session["cancel_url"] ?? "/").Replace("{CHECKOUT_SESSION_ID}", (string)session["id"]!, StringComparison.Ordinal);

    /// <summary>The session's PaymentIntent, made on the first attempt and reused by later ones, as Checkout does.</summary>
    private JsonObject PaymentIntentFor(JsonObject session, JsonObject? customer, JsonObject draft)
    {
        if (StripeJson.Id(session["payment_intent"]) is { } existing)
        {
            return store.Get(existing, "payment_intent");
        }

        var intent = payments.NewIntent(
            (long)session["amount_total"]!,
            (string)session["currency"]!,
            customer,
            (string?)draft["payment_intent_description"],
            draft["payment_intent_metadata"]?.DeepClone().AsObject() ?? []);
        session["payment_intent"] = (string)intent["id"]!;
        return intent;
    }

    private JsonObject ResolveCustomer(JsonObject session, string? email, string? name)
    {
        if (StripeJson.Id(session["customer"]) is { } customerId)
        {
            return store.Get(customerId, "customer", "customer");
        }

        var customer = CustomerObjects.New(
            store.Now,
            (string?)session["customer_email"] ?? email ?? options.Value.DefaultCustomerEmail,
            name);
        store.Put(customer);
        return customer;
    }
}
