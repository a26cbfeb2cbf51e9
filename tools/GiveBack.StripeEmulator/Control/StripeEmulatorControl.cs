using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Webhooks;

namespace GiveBack.StripeEmulator.Control;

/// <summary>
/// A typed client for the <c>/_emulator</c> control API, for product tests and the demo. Stripe objects come
/// back as JSON (parse them with Stripe.net's types if needed); a refused control call throws
/// <see cref="HttpRequestException"/> carrying the emulator's Stripe-shaped error.
/// </summary>
public sealed class StripeEmulatorControl(Uri baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUrl };

    public Task<JsonObject> CompleteCheckoutAsync(string sessionId, string? email = null, string? name = null) =>
        PostAsync($"checkout/sessions/{sessionId}/complete", new CompleteCheckoutRequest(email, name));

    public Task<JsonObject> FailCheckoutAsync(string sessionId) => PostAsync($"checkout/sessions/{sessionId}/fail", null);

    /// <summary>Bills the next cycle; the answer holds <c>subscription</c> and <c>invoice</c> (null if it ended instead).</summary>
    public Task<JsonObject> AdvanceSubscriptionAsync(string subscriptionId, bool success = true) =>
        PostAsync($"subscriptions/{subscriptionId}/advance", new AdvanceSubscriptionRequest(success ? "success" : "failure"));

    public Task<JsonObject> OpenDisputeAsync(string chargeId, long? amount = null, string? reason = null) =>
        PostAsync($"charges/{chargeId}/dispute", new OpenDisputeRequest(amount, reason));

    public Task<JsonObject> CloseDisputeAsync(string disputeId, bool won) =>
        PostAsync($"disputes/{disputeId}/close", new CloseDisputeRequest(won ? "won" : "lost"));

    public Task<JsonObject> ResendEventAsync(string eventId) => PostAsync($"events/{eventId}/resend", null);

    public async Task ConfigureWebhooksAsync(IReadOnlyList<string>? urls, string? secret = null) =>
        await SendAsync("webhooks", new WebhookConfig(urls, secret));

    public async Task DuplicateNextEventsAsync(int events, int times) => await SendAsync("webhooks/duplicate", new DuplicateRequest(events, times));

    public async Task ReverseNextEventsAsync(int events) => await SendAsync("webhooks/reverse", new ReverseRequest(events));

    public async Task PauseDeliveryAsync() => await SendAsync("webhooks/pause", null);

    public async Task ResumeDeliveryAsync(bool reverse = false) => await SendAsync("webhooks/resume", new ResumeRequest(reverse));

    public async Task ResetAsync() => await SendAsync("reset", null);

    /// <summary>Makes the next <paramref name="count"/> API calls under <paramref name="pathPrefix"/> (e.g. <c>/v1/checkout</c>) fail.</summary>
    public async Task FailNextCallsAsync(string pathPrefix, int count, int status = 500) =>
        await SendAsync("faults", new FaultRequest(pathPrefix, status, count));

    public async Task<IReadOnlyList<DeliveryAttempt>> GetDeliveryAttemptsAsync(string? eventId = null) =>
        await _http.GetFromJsonAsync<List<DeliveryAttempt>>(
            eventId is null ? "_emulator/webhooks/attempts" : $"_emulator/webhooks/attempts?event_id={Uri.EscapeDataString(eventId)}") ?? [];

    public async Task<DeliveryStatus> GetDeliveryStatusAsync() =>
        await _http.GetFromJsonAsync<DeliveryStatus>("_emulator/webhooks/status")
        ?? throw new InvalidOperationException("The emulator sent no delivery status.");

    /// <summary>Every stored object, optionally of one type (<c>charge</c>, <c>invoice</c>, ...), oldest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> GetObjectsAsync(string? type = null)
    {
        var answer = await _http.GetFromJsonAsync<JsonObject>(
            type is null ? "_emulator/objects" : $"_emulator/objects?type={Uri.EscapeDataString(type)}");
        return [.. answer!["data"]!.AsArray().OfType<JsonObject>()];
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonObject> PostAsync(string path, object? body)
    {
        using var response = await SendAsync(path, body);
        return await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
    }

    private async Task<HttpResponseMessage> SendAsync(string path, object? body)
    {
        var response = body is null
            ? await _http.PostAsync($"_emulator/{path}", null)
            : await _http.PostAsJsonAsync($"_emulator/{path}", body);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new HttpRequestException($"Stripe emulator refused {path}: {error}", null, response.StatusCode);
        }

        return response;
    }
}
