using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>Refunds and disputes, shaped like the <c>refund</c> and <c>dispute</c> fixtures.</summary>
internal static class RefundObjects
{
    public static JsonObject Refund(long now, JsonObject charge, long amount, string? reason, JsonObject metadata) => new()
    {
        ["id"] = StripeIds.New("re_"),
        ["object"] = "refund",
        ["amount"] = amount,
        ["balance_transaction"] = null,
        ["charge"] = (string?)charge["id"],
        ["created"] = now,
        ["currency"] = (string?)charge["currency"],
        ["destination_details"] = new JsonObject
        {
            ["card"] = new JsonObject { ["type"] = "refund" },
            ["type"] = "card",
        },
        ["metadata"] = metadata,
        ["payment_intent"] = (string?)charge["payment_intent"],
        ["reason"] = reason,
        ["receipt_number"] = null,
        ["source_transfer_reversal"] = null,
        ["status"] = "succeeded",
        ["transfer_reversal"] = null,
    };

    public static JsonObject Dispute(long now, JsonObject charge, long amount, string reason) => new()
    {
        ["id"] = StripeIds.New("dp_"),
        ["object"] = "dispute",
        ["amount"] = amount,
        ["balance_transactions"] = new JsonArray(),
        ["charge"] = (string?)charge["id"],
        ["created"] = now,
        ["currency"] = (string?)charge["currency"],
        ["evidence"] = new JsonObject
        {
            ["customer_email_address"] = (string?)charge["billing_details"]?["email"],
            ["customer_name"] = (string?)charge["billing_details"]?["name"],
            ["product_description"] = null,
            ["uncategorized_text"] = null,
        },
        ["evidence_details"] = new JsonObject
        {
            ["due_by"] = now + (7 * 24 * 3600),
            ["has_evidence"] = false,
            ["past_due"] = false,
            ["submission_count"] = 0L,
        },
        ["is_charge_refundable"] = false,
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["payment_intent"] = (string?)charge["payment_intent"],
        ["reason"] = reason,
        ["status"] = "needs_response",
    };
}
