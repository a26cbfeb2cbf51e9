using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GiveBack.Testing.Webhooks;

public sealed record ReceivedWebhook(string Body, string Signature, string Delivery, string Kind)
{
    /// <summary>The <c>data</c> member of an event post (the event itself, in the contract's JSON).</summary>
    public JsonElement Data => JsonDocument.Parse(Body).RootElement.GetProperty("data").Clone();

    /// <summary>An independent check of the documented scheme: t=unix,v1=hex(HMAC-SHA256(secret, "t.body")).</summary>
    public bool IsSignedWith(string secret)
    {
        var parts = Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{Body}")));
        var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts["t"], CultureInfo.InvariantCulture));
        return parts["v1"] == expected && age.Duration() < TimeSpan.FromMinutes(5);
    }
}
