using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace GiveBack.Plugin.Webhook;

/// <summary>Posts signed JSON through the host's <see cref="IHttpClientFactory"/>.</summary>
internal sealed class WebhookSender(IHttpClientFactory httpClientFactory, IConfiguration configuration, TimeProvider timeProvider)
{
    public const string ClientName = "GiveBack.Plugin.Webhook";

    public WebhookSettings Settings => WebhookSettings.From(configuration);

    public async Task<HttpResponseMessage> PostAsync(JsonObject payload, string deliveryId, string kind, CancellationToken cancellationToken)
    {
        var settings = Settings;
        var body = payload.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Create(body, settings.Secret, timeProvider.GetUtcNow()));
        request.Headers.Add("X-GiveBack-Delivery", deliveryId);
        request.Headers.Add("X-GiveBack-Kind", kind);
        var client = httpClientFactory.CreateClient(ClientName);
        return await client.SendAsync(request, cancellationToken);
    }

    public async Task<JsonDocument?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(ClientName);
        using var response = await client.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
