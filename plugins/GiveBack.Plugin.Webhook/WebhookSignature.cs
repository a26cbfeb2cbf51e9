using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GiveBack.Plugin.Webhook;

/// <summary>
/// <c>X-GiveBack-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the shared secret&gt;</c>.
/// The timestamp inside the signed text lets a receiver reject replays of old requests.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-GiveBack-Signature";

    public static string Create(string body, string secret, DateTimeOffset timestamp)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Compute(t, body, secret)}";
    }

    /// <summary>Checks a header value against the body; for receivers written in .NET.</summary>
    public static bool Verify(string header, string body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var fresh = (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= tolerance;
        return fresh && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(t, body, secret)), Encoding.ASCII.GetBytes(v1));
    }

    private static string Compute(string t, string body, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
}
