using System.Globalization;
using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>
/// <c>POST /v1/refunds</c> by charge or PaymentIntent, whole or partial: a refund, a negative balance transaction,
/// the charge's refunded amounts, then <c>charge.refunded</c> and <c>refund.created</c>. Call under the store's lock.
/// </summary>
internal sealed class RefundFlow(EmulatorStore store, EventPublisher events)
{
    public JsonObject Create(FormTree form)
    {
        var charge = ChargeFor(form);
        var amount = (long)charge["amount"]!;
        var alreadyRefunded = (long)charge["amount_refunded"]!;
        var remaining = amount - alreadyRefunded;
        if (remaining <= 0)
        {
            throw StripeApiException.State($"Charge {(string?)charge["id"]} has already been refunded.", "charge_already_refunded");
        }

        var requested = form.Long("amount") ?? remaining;
        if (requested <= 0 || requested > remaining)
        {
            throw StripeApiException.Invalid(
                "amount",
                string.Create(CultureInfo.InvariantCulture, $"Refund amount ({requested}) is greater than unrefunded amount on charge ({remaining})"),
                "amount_too_large");
        }

        var now = store.Now;
        var refund = RefundObjects.Refund(now, charge, requested, form.String("reason"), form.Metadata("metadata"));
        var transaction = BalanceTransactionObjects.ForRefund(now, (string)refund["id"]!, requested, (string)charge["currency"]!);
        refund["balance_transaction"] = (string)transaction["id"]!;
        store.Put(transaction);
        store.Put(refund);

        var previous = new JsonObject
        {
            ["amount_refunded"] = alreadyRefunded,
            ["refunded"] = (bool)charge["refunded"]!,
        };
        charge["amount_refunded"] = alreadyRefunded + requested;
        charge["refunded"] = alreadyRefunded + requested == amount;
        var refunds = charge["refunds"]!.AsObject();
        refunds["data"]!.AsArray().Insert(0, refund.DeepClone());

        events.Publish("charge.refunded", charge, previous);
        events.Publish("refund.created", refund);
        return refund;
    }

    private JsonObject ChargeFor(FormTree form)
    {
        if (form.String("charge") is { } chargeId)
        {
            return store.Get(chargeId, "charge", "charge");
        }

        if (form.String("payment_intent") is { } intentId)
        {
            var intent = store.Get(intentId, "payment_intent", "payment_intent");
            var latest = StripeJson.Id(intent["latest_charge"])
                ?? throw StripeApiException.State($"PaymentIntent {intentId} does not have a successful charge to refund.", "charge_not_refundable");
            return store.Get(latest, "charge", "payment_intent");
        }

        throw StripeApiException.Missing("charge");
    }
}
