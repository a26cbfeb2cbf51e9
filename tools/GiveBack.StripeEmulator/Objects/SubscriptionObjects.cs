using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>
/// Subscriptions and their items, shaped like the <c>subscription</c> and <c>subscription_item</c> fixtures.
/// Billing periods live on the items, as in API versions since 2025-03-31.
/// </summary>
internal static class SubscriptionObjects
{
    public static JsonObject New(long now, string customerId, string currency, JsonObject metadata)
    {
        var id = StripeIds.New("sub_");
        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "subscription",
            ["application"] = null,
            ["application_fee_percent"] = null,
            ["billing_cycle_anchor"] = now,
            ["cancel_at"] = null,
            ["cancel_at_period_end"] = false,
            ["canceled_at"] = null,
            ["cancellation_details"] = new JsonObject { ["comment"] = null, ["feedback"] = null, ["reason"] = null },
            ["collection_method"] = "charge_automatically",
            ["created"] = now,
            ["currency"] = currency,
            ["customer"] = customerId,
            ["days_until_due"] = null,
            ["default_payment_method"] = null,
            ["default_source"] = null,
            ["description"] = null,
            ["discounts"] = new JsonArray(),
            ["ended_at"] = null,
            ["items"] = StripeJson.List([], $"/v1/subscription_items?subscription={id}", false),
            ["latest_invoice"] = null,
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["pending_update"] = null,
            ["schedule"] = null,
            ["start_date"] = now,
            ["status"] = "active",
            ["test_clock"] = null,
            ["trial_end"] = null,
            ["trial_start"] = null,
        };
    }

    public static JsonObject Item(long now, string subscriptionId, JsonObject price, long quantity, long periodStart, long periodEnd) => new()
    {
        ["id"] = StripeIds.New("si_", 14),
        ["object"] = "subscription_item",
        ["created"] = now,
        ["current_period_end"] = periodEnd,
        ["current_period_start"] = periodStart,
        ["discounts"] = new JsonArray(),
        ["metadata"] = new JsonObject(),
        ["price"] = price.DeepClone(),
        ["quantity"] = quantity,
        ["subscription"] = subscriptionId,
        ["tax_rates"] = new JsonArray(),
    };

    public static JsonArray Items(JsonObject subscription) => subscription["items"]!["data"]!.AsArray();

    /// <summary>One month on from <paramref name="start"/>, calendar-aware like Stripe's monthly billing.</summary>
    public static long AddInterval(long start, string interval) => interval switch
    {
        "day" => DateTimeOffset.FromUnixTimeSeconds(start).AddDays(1).ToUnixTimeSeconds(),
        "week" => DateTimeOffset.FromUnixTimeSeconds(start).AddDays(7).ToUnixTimeSeconds(),
        "year" => DateTimeOffset.FromUnixTimeSeconds(start).AddYears(1).ToUnixTimeSeconds(),
        _ => DateTimeOffset.FromUnixTimeSeconds(start).AddMonths(1).ToUnixTimeSeconds(),
    };

    public static long Amount(JsonObject subscription) =>
        Items(subscription).Sum(i => (long)i!["price"]!["unit_amount"]! * (long)i["quantity"]!);
}
