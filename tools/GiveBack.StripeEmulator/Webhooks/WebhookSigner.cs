using System.Security.Cryptography;
using System.Text;

namespace GiveBack.StripeEmulator.Webhooks;

/// <summary>Stripe's webhook signature: <c>t={unix},v1={hex HMAC-SHA256 of "{t}.{payload}" keyed by the secret}</c>.</summary>
public static class WebhookSigner
{
    public static string Header(string payload, string secret, long timestamp)
    {
        var signature = HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(FormattableString.Invariant($"{timestamp}.{payload}")));
        return FormattableString.Invariant($"t={timestamp},v1={Convert.ToHexStringLower(signature)}");
    }
}
