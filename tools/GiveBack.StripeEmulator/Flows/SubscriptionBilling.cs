using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>
/// A subscription's life: started by Checkout, billed each cycle (paid or failed), changed, cancelled.
/// Call under the store's lock.
/// </summary>
internal sealed class SubscriptionBilling(EmulatorStore store, PaymentRecorder payments, EventPublisher events)
{
    public (JsonObject Subscription, JsonObject Invoice) StartFromCheckout(JsonObject session, JsonObject customer, JsonObject draft)
    {
        var now = store.Now;
        var subscription = SubscriptionObjects.New(
            now, (string)customer["id"]!, (string)session["currency"]!,
            draft["subscription_metadata"]?.DeepClone().AsObject() ?? []);
        var items = SubscriptionObjects.Items(subscription);
        foreach (var line in draft["line_items"]!.AsArray())
        {
            var price = store.Get((string)line!["price"]!, "price");
            var interval = (string?)price["recurring"]?["interval"] ?? "month";
            items.Add(SubscriptionObjects.Item(
                now, (string)subscription["id"]!, price, (long)line["quantity"]!, now, SubscriptionObjects.AddInterval(now, interval)));
        }

        var invoice = InvoiceObjects.New(now, subscription, customer, "subscription_create", now, now);
        subscription["latest_invoice"] = (string)invoice["id"]!;
        store.Put(subscription);
        store.Put(invoice);
        events.Publish("customer.subscription.created", subscription);
        Collect(invoice, customer, "Subscription creation", success: true);
        return (subscription, invoice);
    }

    /// <summary>
    /// Moves to the next billing period and bills it. A subscription set to cancel at period end ends instead
    /// (<c>customer.subscription.deleted</c>).
    /// </summary>
    public (JsonObject Subscription, JsonObject? Invoice) Advance(string subscriptionId, bool success)
    {
        var subscription = store.Get(subscriptionId, "subscription");
        if ((string?)subscription["status"] == "canceled")
        {
            throw StripeApiException.State("This subscription is canceled; it has no further billing cycles.");
        }

        var previous = new JsonObject
        {
            ["items"] = subscription["items"]!.DeepClone(),
            ["latest_invoice"] = (string?)subscription["latest_invoice"],
        };
        if ((bool)subscription["cancel_at_period_end"]!)
        {
            End(subscription, "cancellation_requested");
            return (subscription, null);
        }

        var items = SubscriptionObjects.Items(subscription);
        var oldStart = (long)items[0]!["current_period_start"]!;
        var start = (long)items[0]!["current_period_end"]!;
        foreach (var item in items)
        {
            var interval = (string?)item!["price"]!["recurring"]?["interval"] ?? "month";
            item["current_period_start"] = start;
            item["current_period_end"] = SubscriptionObjects.AddInterval(start, interval);
        }

        var customer = store.Get((string)subscription["customer"]!, "customer", "customer");
        var invoice = InvoiceObjects.New(store.Now, subscription, customer, "subscription_cycle", oldStart, start);
        store.Put(invoice);
        subscription["latest_invoice"] = (string)invoice["id"]!;
        var status = success ? "active" : "past_due";
        if ((string?)subscription["status"] != status)
        {
            previous["status"] = (string?)subscription["status"];
            subscription["status"] = status;
        }

        events.Publish("customer.subscription.updated", subscription, previous);
        Collect(invoice, customer, "Subscription update", success);
        return (subscription, invoice);
    }

    public void Cancel(JsonObject subscription)
    {
        if ((string?)subscription["status"] == "canceled")
        {
            throw StripeApiException.State("This subscription has already been canceled.", "resource_missing");
        }

        End(subscription, "cancellation_requested");
    }

    /// <summary>
    /// Charges the invoice: paid means PaymentIntent, Charge, BalanceTransaction, an invoice payment and
    /// <c>invoice.paid</c>; failed means a declined PaymentIntent and <c>invoice.payment_failed</c>.
    /// </summary>
    private void Collect(JsonObject invoice, JsonObject customer, string description, bool success)
    {
        var intent = payments.NewIntent((long)invoice["amount_due"]!, (string)invoice["currency"]!, customer, description, []);
        if (!success)
        {
            payments.Fail(intent);
            InvoiceObjects.MarkFailed(invoice, store.Now);
            events.Publish("invoice.payment_failed", invoice);
            return;
        }

        payments.Succeed(intent, customer);
        InvoiceObjects.MarkPaid(invoice, store.Now);
        store.Put(InvoiceObjects.Payment(store.Now, invoice, (string)intent["id"]!));
        events.Publish("invoice.paid", invoice);
    }

    private void End(JsonObject subscription, string reason)
    {
        var now = store.Now;
        subscription["status"] = "canceled";
        subscription["canceled_at"] ??= now;
        subscription["ended_at"] = now;
        subscription["cancellation_details"]!["reason"] = reason;
        events.Publish("customer.subscription.deleted", subscription);
    }
}
