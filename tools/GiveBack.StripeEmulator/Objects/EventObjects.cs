using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>Events, shaped like the <c>event</c> fixture and stamped with the API version Stripe.net 53.1.0 pins.</summary>
internal static class EventObjects
{
    /// <summary>Stripe.net's <c>StripeConfiguration.ApiVersion</c>; <c>EventUtility.ConstructEvent</c> refuses any other.</summary>
    public static string ApiVersion => Stripe.StripeConfiguration.ApiVersion;

    public static JsonObject New(long now, string type, JsonObject dataObject, JsonObject? previousAttributes)
    {
        var data = new JsonObject { ["object"] = dataObject.DeepClone() };
        if (previousAttributes is not null)
        {
            data["previous_attributes"] = previousAttributes;
        }

        return new JsonObject
        {
            ["id"] = StripeIds.New("evt_"),
            ["object"] = "event",
            ["api_version"] = ApiVersion,
            ["created"] = now,
            ["data"] = data,
            ["livemode"] = false,
            ["pending_webhooks"] = 1L,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        };
    }
}
