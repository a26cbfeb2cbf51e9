using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>
/// A card payment as Stripe records it: the PaymentIntent succeeds, a Charge and its BalanceTransaction (fee, net)
/// appear, and <c>charge.succeeded</c> then <c>payment_intent.succeeded</c> go out. Or it fails with a decline.
/// </summary>
internal sealed class PaymentRecorder(EmulatorStore store, Fees fees, EventPublisher events)
{
    public JsonObject NewIntent(long amount, string currency, JsonObject? customer, string? description, JsonObject metadata)
    {
        var intent = PaymentObjects.PaymentIntent(store.Now, amount, currency, (string?)customer?["id"], description, metadata);
        store.Put(intent);
        return intent;
    }

    public (JsonObject Charge, JsonObject BalanceTransaction) Succeed(JsonObject intent, JsonObject? customer)
    {
        var now = store.Now;
        var amount = (long)intent["amount"]!;
        var currency = (string)intent["currency"]!;
        var transactionId = BalanceTransactionObjects.NewId();
        var charge = PaymentObjects.Charge(now, intent, customer, transactionId);
        var transaction = BalanceTransactionObjects.ForCharge(
            transactionId, now, (string)charge["id"]!, amount, currency, fees.For(amount), (string?)intent["description"]);
        store.Put(transaction);
        store.Put(charge);

        intent["status"] = "succeeded";
        intent["amount_received"] = amount;
        intent["last_payment_error"] = null;
        intent["latest_charge"] = (string)charge["id"]!;
        if (customer is not null)
        {
            intent["customer"] = (string)customer["id"]!;
        }

        events.Publish("charge.succeeded", charge);
        events.Publish("payment_intent.succeeded", intent);
        return (charge, transaction);
    }

    public void Fail(JsonObject intent)
    {
        intent["status"] = "requires_payment_method";
        intent["last_payment_error"] = PaymentObjects.CardDeclined();
        events.Publish("payment_intent.payment_failed", intent);
    }
}
