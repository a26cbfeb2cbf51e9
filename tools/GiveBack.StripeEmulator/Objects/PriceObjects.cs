using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>Products and prices made from inline <c>price_data</c>, shaped like the <c>product</c> and <c>price</c> fixtures.</summary>
internal static class PriceObjects
{
    public static JsonObject Product(long now, string name) => new()
    {
        ["id"] = StripeIds.New("prod_", 14),
        ["object"] = "product",
        ["active"] = true,
        ["created"] = now,
        ["default_price"] = null,
        ["description"] = null,
        ["images"] = new JsonArray(),
        ["livemode"] = false,
        ["marketing_features"] = new JsonArray(),
        ["metadata"] = new JsonObject(),
        ["name"] = name,
        ["shippable"] = null,
        ["statement_descriptor"] = null,
        ["tax_code"] = null,
        ["unit_label"] = null,
        ["updated"] = now,
        ["url"] = null,
    };

    /// <summary>Stripe's largest amount for a charge or a price: eight digits of the currency's smallest unit.</summary>
    public const long MaxUnitAmount = 99_999_999;

    /// <summary>A price; <paramref name="interval"/> null makes it one-time. Over Stripe's limit it is refused as Stripe does.</summary>
    public static JsonObject Price(long now, string productId, string currency, long unitAmount, string? interval) =>
        unitAmount is > 0 and <= MaxUnitAmount
            ? NewPrice(now, productId, currency, unitAmount, interval)
            : throw StripeApiException.Invalid(
                "unit_amount", $"Amount must be no more than {MaxUnitAmount} in the currency's smallest unit.", "amount_too_large");

    private static JsonObject NewPrice(long now, string productId, string currency, long unitAmount, string? interval) => new()
    {
        ["id"] = StripeIds.New("price_"),
        ["object"] = "price",
        ["active"] = true,
        ["billing_scheme"] = "per_unit",
        ["created"] = now,
        ["currency"] = currency,
        ["custom_unit_amount"] = null,
        ["livemode"] = false,
        ["lookup_key"] = null,
        ["metadata"] = new JsonObject(),
        ["nickname"] = null,
        ["product"] = productId,
        ["recurring"] = interval is null ? null : new JsonObject
        {
            ["interval"] = interval,
            ["interval_count"] = 1L,
            ["meter"] = null,
            ["trial_period_days"] = null,
            ["usage_type"] = "licensed",
        },
        ["tax_behavior"] = "unspecified",
        ["tiers_mode"] = null,
        ["transform_quantity"] = null,
        ["type"] = interval is null ? "one_time" : "recurring",
        ["unit_amount"] = unitAmount,
        ["unit_amount_decimal"] = unitAmount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
