using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>Balance transactions, shaped like the <c>balance_transaction</c> fixture: where fees and net come from.</summary>
internal static class BalanceTransactionObjects
{
    private const long TwoDays = 2 * 24 * 3600;

    public static string NewId() => StripeIds.New("txn_");

    public static JsonObject ForCharge(string id, long now, string chargeId, long amount, string currency, long fee, string? description) =>
        New(id, now, amount, currency, description, fee, "Stripe processing fees", "charge", "charge", chargeId);

    public static JsonObject ForRefund(long now, string refundId, long amount, string currency) =>
        New(NewId(), now, -amount, currency, "REFUND FOR CHARGE", 0, null, "refund", "refund", refundId);

    public static JsonObject ForDisputeLost(long now, string disputeId, string chargeId, long amount, string currency, long disputeFee) =>
        New(NewId(), now, -amount, currency, $"Chargeback withdrawal for {chargeId}", disputeFee, "Dispute fee", "adjustment", "dispute", disputeId);

    private static JsonObject New(
        string id, long now, long amount, string currency, string? description, long fee, string? feeDescription,
        string type, string reportingCategory, string source)
    {
        var feeDetails = new JsonArray();
        if (fee != 0)
        {
            feeDetails.Add(new JsonObject
            {
                ["amount"] = fee,
                ["application"] = null,
                ["currency"] = currency,
                ["description"] = feeDescription,
                ["type"] = "stripe_fee",
            });
        }

        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "balance_transaction",
            ["amount"] = amount,
            ["available_on"] = now + TwoDays,
            ["balance_type"] = "payments",
            ["created"] = now,
            ["currency"] = currency,
            ["description"] = description,
            ["exchange_rate"] = null,
            ["fee"] = fee,
            ["fee_details"] = feeDetails,
            ["net"] = amount - fee,
            ["reporting_category"] = reportingCategory,
            ["source"] = source,
            ["status"] = "pending",
            ["type"] = type,
        };
    }
}
