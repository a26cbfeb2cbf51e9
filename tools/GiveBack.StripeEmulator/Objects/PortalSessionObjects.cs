using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Objects;

/// <summary>Customer portal sessions, shaped like the <c>billing_portal.session</c> fixture.</summary>
internal static class PortalSessionObjects
{
    public static string NewId() => StripeIds.New("bps_");

    public static JsonObject New(string id, long now, string customerId, string? returnUrl, string? locale, string url) => new()
    {
        ["id"] = id,
        ["object"] = "billing_portal.session",
        ["configuration"] = "bpc_emulator",
        ["created"] = now,
        ["customer"] = customerId,
        ["flow"] = null,
        ["livemode"] = false,
        ["locale"] = locale,
        ["on_behalf_of"] = null,
        ["return_url"] = returnUrl,
        ["url"] = url,
    };
}
