using System.Text.Json;
using System.Text.Json.Nodes;
using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Events;

namespace GiveBack.Plugin.Webhook;

/// <summary>
/// Pushes every event as <c>{deliveryId, type, occurredAt, attempt, data}</c>; any non-2xx answer is a failure the
/// host retries. Pulls constituents from <c>PullUrl?cursor=…&amp;max=…</c> when configured.
/// </summary>
internal sealed class WebhookConnector(WebhookSender sender) : ICrmConnector
{
    public bool Accepts(string eventType) => true;

    public async Task PushAsync(EventDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = new JsonObject
        {
            ["deliveryId"] = delivery.DeliveryId,
            ["type"] = delivery.EventType,
            ["occurredAt"] = delivery.OccurredAt,
            ["attempt"] = delivery.Attempt,
            ["data"] = JsonNode.Parse(EventJson.Serialize(delivery.Event)),
        };
        using var response = await sender.PostAsync(
            payload, WebhookSender.Format(delivery.DeliveryId), delivery.EventType, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Webhook answered {(int)response.StatusCode} {response.ReasonPhrase} to event {delivery.DeliveryId}",
                null, response.StatusCode);
        }
    }

    public async Task<ConstituentPage> PullConstituentsAsync(string? cursor, int maxCount, CancellationToken cancellationToken)
    {
        if (sender.Settings.PullUrl is not { } pullUrl)
        {
            return ConstituentPage.Empty;
        }

        var query = $"cursor={Uri.EscapeDataString(cursor ?? "")}&max={maxCount}";
        var url = new UriBuilder(pullUrl) { Query = query }.Uri;
        using var document = await sender.GetAsync(url, cancellationToken);
        return document?.RootElement.Deserialize<ConstituentPage>(JsonSerializerOptions.Web) ?? ConstituentPage.Empty;
    }
}
