using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>Checkout Sessions, shaped like the <c>checkout.session</c> fixture.</summary>
internal static class CheckoutSessionObjects
{
    public static string NewId() => StripeIds.New("cs_test_a1", 56);

    public static JsonObject New(string id, long now, string mode, string currency, long amount, string url) => new()
    {
        ["id"] = id,
        ["object"] = "checkout.session",
        ["allow_promotion_codes"] = null,
        ["amount_subtotal"] = amount,
        ["amount_total"] = amount,
        ["billing_address_collection"] = null,
        ["cancel_url"] = null,
        ["client_reference_id"] = null,
        ["client_secret"] = null,
        ["created"] = now,
        ["currency"] = currency,
        ["custom_fields"] = new JsonArray(),
        ["customer"] = null,
        ["customer_creation"] = mode == "payment" ? "if_required" : null,
        ["customer_details"] = null,
        ["customer_email"] = null,
        ["expires_at"] = now + (24 * 3600),
        ["invoice"] = null,
        ["livemode"] = false,
        ["locale"] = null,
        ["metadata"] = new JsonObject(),
        ["mode"] = mode,
        ["payment_intent"] = null,
        ["payment_link"] = null,
        ["payment_method_collection"] = "always",
        ["payment_method_types"] = new JsonArray("card"),
        ["payment_status"] = "unpaid",
        ["setup_intent"] = null,
        ["status"] = "open",
        ["submit_type"] = null,
        ["subscription"] = null,
        ["success_url"] = null,
        ["total_details"] = new JsonObject
        {
            ["amount_discount"] = 0L,
            ["amount_shipping"] = 0L,
            ["amount_tax"] = 0L,
        },
        ["url"] = url,
    };

    public static JsonObject CustomerDetails(JsonObject customer) => new()
    {
        ["address"] = customer["address"]?.DeepClone(),
        ["email"] = (string?)customer["email"],
        ["name"] = (string?)customer["name"],
        ["phone"] = (string?)customer["phone"],
        ["tax_exempt"] = "none",
        ["tax_ids"] = new JsonArray(),
    };
}
