using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>
/// Invoices, their lines and invoice payments, shaped like the <c>invoice</c>, <c>line_item</c> and
/// <c>invoice_payment</c> fixtures. The subscription is named under <c>parent.subscription_details</c>, and the
/// PaymentIntent only through <c>payments</c> (expand it), as in the pinned API version.
/// </summary>
internal static class InvoiceObjects
{
    public static JsonObject New(long now, JsonObject subscription, JsonObject customer, string billingReason, long periodStart, long periodEnd)
    {
        var id = StripeIds.New("in_");
        var lines = new List<JsonNode>();
        foreach (var item in SubscriptionObjects.Items(subscription))
        {
            lines.Add(Line(id, subscription, item!.AsObject(), periodStart, periodEnd));
        }

        var total = SubscriptionObjects.Amount(subscription);
        var sequence = (long)customer["next_invoice_sequence"]!;
        customer["next_invoice_sequence"] = sequence + 1;
        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "invoice",
            ["account_country"] = "US",
            ["account_name"] = "GiveBack (emulated)",
            ["amount_due"] = total,
            ["amount_paid"] = 0L,
            ["amount_remaining"] = total,
            ["attempt_count"] = 0L,
            ["attempted"] = false,
            ["auto_advance"] = true,
            ["billing_reason"] = billingReason,
            ["collection_method"] = "charge_automatically",
            ["created"] = now,
            ["currency"] = (string?)subscription["currency"],
            ["customer"] = (string?)customer["id"],
            ["customer_email"] = (string?)customer["email"],
            ["customer_name"] = (string?)customer["name"],
            ["description"] = null,
            ["due_date"] = null,
            ["effective_at"] = now,
            ["hosted_invoice_url"] = null,
            ["invoice_pdf"] = null,
            ["lines"] = StripeJson.List(lines, $"/v1/invoices/{id}/lines", false),
            ["livemode"] = false,
            ["metadata"] = new JsonObject(),
            ["next_payment_attempt"] = null,
            ["number"] = $"{customer["invoice_prefix"]}-{sequence:D4}",
            ["parent"] = new JsonObject
            {
                ["quote_details"] = null,
                ["subscription_details"] = new JsonObject
                {
                    ["metadata"] = subscription["metadata"]!.DeepClone(),
                    ["subscription"] = (string?)subscription["id"],
                },
                ["type"] = "subscription_details",
            },
            ["period_end"] = periodEnd,
            ["period_start"] = periodStart,
            ["status"] = "open",
            ["status_transitions"] = new JsonObject
            {
                ["finalized_at"] = now,
                ["marked_uncollectible_at"] = null,
                ["paid_at"] = null,
                ["voided_at"] = null,
            },
            ["subtotal"] = total,
            ["total"] = total,
        };
    }

    public static void MarkPaid(JsonObject invoice, long now)
    {
        invoice["amount_paid"] = (long)invoice["amount_due"]!;
        invoice["amount_remaining"] = 0;
        invoice["attempt_count"] = (long)invoice["attempt_count"]! + 1;
        invoice["attempted"] = true;
        invoice["status"] = "paid";
        invoice["next_payment_attempt"] = null;
        invoice["status_transitions"]!["paid_at"] = now;
    }

    public static void MarkFailed(JsonObject invoice, long now)
    {
        invoice["attempt_count"] = (long)invoice["attempt_count"]! + 1;
        invoice["attempted"] = true;
        invoice["next_payment_attempt"] = now + (3 * 24 * 3600);
    }

    public static JsonObject Payment(long now, JsonObject invoice, string paymentIntentId) => new()
    {
        ["id"] = StripeIds.New("inpay_"),
        ["object"] = "invoice_payment",
        ["amount_paid"] = (long)invoice["amount_paid"]!,
        ["amount_requested"] = (long)invoice["amount_due"]!,
        ["created"] = now,
        ["currency"] = (string?)invoice["currency"],
        ["invoice"] = (string?)invoice["id"],
        ["is_default"] = true,
        ["livemode"] = false,
        ["payment"] = new JsonObject { ["payment_intent"] = paymentIntentId, ["type"] = "payment_intent" },
        ["status"] = "paid",
        ["status_transitions"] = new JsonObject { ["canceled_at"] = null, ["paid_at"] = now },
    };

    private static JsonObject Line(string invoiceId, JsonObject subscription, JsonObject item, long periodStart, long periodEnd)
    {
        var price = item["price"]!.AsObject();
        var quantity = (long)item["quantity"]!;
        var amount = (long)price["unit_amount"]! * quantity;
        return new JsonObject
        {
            ["id"] = StripeIds.New("il_"),
            ["object"] = "line_item",
            ["amount"] = amount,
            ["currency"] = (string?)price["currency"],
            ["description"] = $"{quantity} × {(string?)price["product"]}",
            ["discount_amounts"] = new JsonArray(),
            ["discountable"] = true,
            ["discounts"] = new JsonArray(),
            ["invoice"] = invoiceId,
            ["livemode"] = false,
            ["metadata"] = new JsonObject(),
            ["parent"] = new JsonObject
            {
                ["invoice_item_details"] = null,
                ["subscription_item_details"] = new JsonObject
                {
                    ["invoice_item"] = null,
                    ["proration"] = false,
                    ["proration_details"] = null,
                    ["subscription"] = (string?)subscription["id"],
                    ["subscription_item"] = (string?)item["id"],
                },
                ["type"] = "subscription_item_details",
            },
            ["period"] = new JsonObject { ["end"] = periodEnd, ["start"] = periodStart },
            ["pricing"] = new JsonObject
            {
                ["price_details"] = new JsonObject { ["price"] = (string?)price["id"], ["product"] = (string?)price["product"] },
                ["type"] = "price_details",
                ["unit_amount_decimal"] = (string?)price["unit_amount_decimal"],
            },
            ["quantity"] = quantity,
            ["subtotal"] = amount,
            ["taxes"] = new JsonArray(),
        };
    }
}
