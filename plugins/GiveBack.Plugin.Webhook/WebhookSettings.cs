using Microsoft.Extensions.Configuration;

namespace GiveBack.Plugin.Webhook;

/// <summary>Read on every call, so a changed URL or a rotated secret takes effect without a restart.</summary>
internal sealed record WebhookSettings(Uri Url, string Secret, string Channel, Uri? PullUrl)
{
    public static WebhookSettings From(IConfiguration configuration)
    {
        var url = configuration["Url"] ?? throw new InvalidOperationException("Plugins:Webhook:Url is not set.");
        var secret = configuration["Secret"];
        if (string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException("Plugins:Webhook:Secret is not set (use the environment variable Plugins__Webhook__Secret).");
        }

        var pull = configuration["PullUrl"];
        return new WebhookSettings(
            new Uri(url), secret, configuration["Channel"] ?? "webhook", string.IsNullOrEmpty(pull) ? null : new Uri(pull));
    }
}
