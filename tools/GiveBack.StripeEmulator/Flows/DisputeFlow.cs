using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Flows;

/// <summary>
/// A chargeback: opened on a charge (<c>charge.dispute.created</c>), then closed won or lost
/// (<c>charge.dispute.closed</c>); losing withdraws the amount plus the dispute fee
/// (<c>charge.dispute.funds_withdrawn</c> and a balance transaction). Call under the store's lock.
/// </summary>
internal sealed class DisputeFlow(EmulatorStore store, Fees fees, EventPublisher events)
{
    public JsonObject Open(string chargeId, long? amount, string? reason)
    {
        var charge = store.Get(chargeId, "charge");
        if ((bool)charge["disputed"]!)
        {
            throw StripeApiException.State($"Charge {chargeId} is already disputed.", "charge_disputed");
        }

        var disputed = amount ?? (long)charge["amount"]! - (long)charge["amount_refunded"]!;
        var dispute = RefundObjects.Dispute(store.Now, charge, disputed, reason ?? "fraudulent");
        store.Put(dispute);
        charge["disputed"] = true;
        events.Publish("charge.dispute.created", dispute);
        return dispute;
    }

    public JsonObject Close(string disputeId, bool won)
    {
        var dispute = store.Get(disputeId, "dispute");
        if ((string?)dispute["status"] is "won" or "lost")
        {
            throw StripeApiException.State($"Dispute {disputeId} is already closed ({(string?)dispute["status"]}).");
        }

        if (!won)
        {
            var transaction = BalanceTransactionObjects.ForDisputeLost(
                store.Now, disputeId, (string)dispute["charge"]!, (long)dispute["amount"]!, (string)dispute["currency"]!, fees.DisputeFee);
            store.Put(transaction);
            dispute["balance_transactions"]!.AsArray().Add(transaction.DeepClone());
            events.Publish("charge.dispute.funds_withdrawn", dispute);
        }

        dispute["status"] = won ? "won" : "lost";
        dispute["is_charge_refundable"] = false;
        events.Publish("charge.dispute.closed", dispute);
        return dispute;
    }
}
