using System.Text.Json;
using System.Text.Json.Nodes;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Plugin.Webhook;

/// <summary>
/// Forwards a message (kind, recipient, template values) to the webhook, e.g. an SMS gateway or a chat tool that renders
/// it. The consent key is the <c>Channel</c> setting (default <c>webhook</c>).
/// </summary>
internal sealed class WebhookChannel(WebhookSender sender, Microsoft.Extensions.Configuration.IConfiguration configuration) : IOutreachChannel
{
    public string Channel => configuration["Channel"] ?? "webhook";

    public async Task<OutreachResult> SendAsync(OutreachMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Recipient.HasConsentedTo(Channel))
        {
            return OutreachResult.OptedOut();
        }

        var payload = new JsonObject
        {
            ["messageId"] = message.MessageId,
            ["kind"] = message.Kind.ToString(),
            ["recipient"] = JsonSerializer.SerializeToNode(message.Recipient, JsonSerializerOptions.Web),
            ["values"] = JsonSerializer.SerializeToNode(message.Values, JsonSerializerOptions.Web),
        };
        using var response = await sender.PostAsync(payload, message.MessageId.ToString(), message.Kind.ToString(), cancellationToken);
        return response.IsSuccessStatusCode
            ? OutreachResult.Delivered()
            : OutreachResult.Failed($"Webhook answered {(int)response.StatusCode} {response.ReasonPhrase}");
    }
}
