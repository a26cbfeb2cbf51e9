using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>Customer objects, with the fields of Stripe's <c>customer</c> fixture.</summary>
internal static class CustomerObjects
{
    public static JsonObject New(long now, string? email, string? name) => new()
    {
        ["id"] = StripeIds.New("cus_", 14),
        ["object"] = "customer",
        ["address"] = null,
        ["balance"] = 0L,
        ["created"] = now,
        ["currency"] = null,
        ["default_source"] = null,
        ["delinquent"] = false,
        ["description"] = null,
        ["email"] = email,
        ["invoice_prefix"] = StripeIds.New(string.Empty, 8).ToUpperInvariant(),
        ["invoice_settings"] = new JsonObject
        {
            ["custom_fields"] = null,
            ["default_payment_method"] = null,
            ["footer"] = null,
            ["rendering_options"] = null,
        },
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["name"] = name,
        ["next_invoice_sequence"] = 1L,
        ["phone"] = null,
        ["preferred_locales"] = new JsonArray(),
        ["shipping"] = null,
        ["tax_exempt"] = "none",
        ["test_clock"] = null,
    };

    /// <summary>Applies the create/update parameters GiveBack sends.</summary>
    public static void Apply(JsonObject customer, FormTree form)
    {
        foreach (var field in new[] { "email", "name", "phone", "description" })
        {
            if (form.String(field) is { } value)
            {
                customer[field] = value.Length == 0 ? null : value;
            }
        }

        if (form.Has("preferred_locales"))
        {
            customer["preferred_locales"] = new JsonArray([.. form.Strings("preferred_locales").Select(s => (JsonNode)s)]);
        }

        if (form.Child("address") is { } address)
        {
            var target = StripeJson.EmptyAddress();
            foreach (var (key, _) in target.ToList())
            {
                target[key] = address.String(key);
            }

            customer["address"] = target;
        }

        form.ApplyMetadata(customer["metadata"]!.AsObject(), "metadata");
    }
}
