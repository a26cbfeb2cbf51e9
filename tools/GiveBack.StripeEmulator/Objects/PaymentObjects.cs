using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>PaymentIntents and Charges, shaped like the <c>payment_intent</c> and <c>charge</c> fixtures.</summary>
internal static class PaymentObjects
{
    public static JsonObject PaymentIntent(long now, long amount, string currency, string? customerId, string? description, JsonObject metadata)
    {
        var id = StripeIds.New("pi_");
        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "payment_intent",
            ["amount"] = amount,
            ["amount_capturable"] = 0L,
            ["amount_received"] = 0L,
            ["application"] = null,
            ["application_fee_amount"] = null,
            ["canceled_at"] = null,
            ["cancellation_reason"] = null,
            ["capture_method"] = "automatic",
            ["client_secret"] = $"{id}_secret_{StripeIds.New(string.Empty, 25)}",
            ["confirmation_method"] = "automatic",
            ["created"] = now,
            ["currency"] = currency,
            ["customer"] = customerId,
            ["description"] = description,
            ["last_payment_error"] = null,
            ["latest_charge"] = null,
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["next_action"] = null,
            ["on_behalf_of"] = null,
            ["payment_method"] = null,
            ["payment_method_types"] = new JsonArray("card"),
            ["receipt_email"] = null,
            ["review"] = null,
            ["setup_future_usage"] = null,
            ["shipping"] = null,
            ["statement_descriptor"] = null,
            ["statement_descriptor_suffix"] = null,
            ["status"] = "requires_payment_method",
            ["transfer_data"] = null,
            ["transfer_group"] = null,
        };
    }

    /// <summary>The error a declined card leaves on the PaymentIntent.</summary>
    public static JsonObject CardDeclined() => new()
    {
        ["type"] = "card_error",
        ["code"] = "card_declined",
        ["decline_code"] = "generic_decline",
        ["message"] = "Your card was declined.",
        ["param"] = null,
    };

    public static JsonObject Charge(long now, JsonObject paymentIntent, JsonObject? customer, string balanceTransactionId)
    {
        var id = StripeIds.New("ch_");
        var amount = (long)paymentIntent["amount"]!;
        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "charge",
            ["amount"] = amount,
            ["amount_captured"] = amount,
            ["amount_refunded"] = 0L,
            ["application"] = null,
            ["application_fee"] = null,
            ["application_fee_amount"] = null,
            ["balance_transaction"] = balanceTransactionId,
            ["billing_details"] = new JsonObject
            {
                ["address"] = StripeJson.EmptyAddress(),
                ["email"] = (string?)customer?["email"],
                ["name"] = (string?)customer?["name"],
                ["phone"] = null,
                ["tax_id"] = null,
            },
            ["calculated_statement_descriptor"] = "GIVEBACK",
            ["captured"] = true,
            ["created"] = now,
            ["currency"] = (string?)paymentIntent["currency"],
            ["customer"] = (string?)customer?["id"],
            ["description"] = (string?)paymentIntent["description"],
            ["disputed"] = false,
            ["failure_balance_transaction"] = null,
            ["failure_code"] = null,
            ["failure_message"] = null,
            ["fraud_details"] = new JsonObject(),
            ["livemode"] = false,
            ["metadata"] = paymentIntent["metadata"]!.DeepClone(),
            ["on_behalf_of"] = null,
            ["outcome"] = new JsonObject
            {
                ["network_status"] = "approved_by_network",
                ["reason"] = null,
                ["seller_message"] = "Payment complete.",
                ["type"] = "authorized",
            },
            ["paid"] = true,
            ["payment_intent"] = (string?)paymentIntent["id"],
            ["payment_method"] = null,
            ["payment_method_details"] = new JsonObject
            {
                ["card"] = new JsonObject
                {
                    ["brand"] = "visa",
                    ["country"] = "US",
                    ["exp_month"] = 12L,
                    ["exp_year"] = 2034L,
                    ["funding"] = "credit",
                    ["last4"] = "4242",
                    ["network"] = "visa",
                },
                ["type"] = "card",
            },
            ["receipt_email"] = (string?)customer?["email"],
            ["receipt_number"] = null,
            ["receipt_url"] = null,
            ["refunded"] = false,
            ["refunds"] = StripeJson.List([], $"/v1/charges/{id}/refunds", false),
            ["review"] = null,
            ["shipping"] = null,
            ["source_transfer"] = null,
            ["statement_descriptor"] = null,
            ["statement_descriptor_suffix"] = null,
            ["status"] = "succeeded",
            ["transfer_data"] = null,
            ["transfer_group"] = null,
        };
    }
}
