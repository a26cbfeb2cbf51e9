using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GiveBack.LoadHarness.Phases;

namespace GiveBack.LoadHarness.Api;

/// <summary>The few API calls the harness makes, over one pooled HttpClient (one connection per concurrent worker).</summary>
internal sealed class GiveBackClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _http;

    public GiveBackClient(Uri baseUrl, string apiKey, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Polls <c>/health/ready</c> every half second for up to 60 s.</summary>
    public async Task<bool> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if (await IsReadyAsync(cancellationToken))
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        return false;
    }

    /// <summary>POSTs a JSON body with an Idempotency-Key; the id is read from the response only when asked for.</summary>
    public Task<CallOutcome> PostAsync(string path, string idempotencyKey, byte[] body, bool readId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, "Idempotency-Key", idempotencyKey, body, readId, cancellationToken);

    /// <summary>POSTs a body with one header of the caller's (a Stripe-Signature for a webhook).</summary>
    public Task<CallOutcome> PostWithHeaderAsync(string path, string header, string value, byte[] body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, header, value, body, readId: false, cancellationToken);

    /// <summary>A GET timed like a POST: the trivial endpoint's ceiling is measured through the same client.</summary>
    public Task<CallOutcome> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, null, null, readId: false, cancellationToken);

    private async Task<CallOutcome> SendAsync(
        HttpMethod method, string path, string? header, string? value, byte[]? body, bool readId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (header is not null)
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }

            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = Json;
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = Stopwatch.GetTimestamp() - started;
            var status = (int)response.StatusCode;
            Guid? id = readId && status is 200 or 201 ? IdOf(bytes) : null;
            return new CallOutcome(status, elapsed, id);
        }
        catch (HttpRequestException)
        {
            return new CallOutcome(0, Stopwatch.GetTimestamp() - started, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout: reported as a transport error, not as the run being stopped.
            return new CallOutcome(0, Stopwatch.GetTimestamp() - started, null);
        }
    }

    public async Task<CampaignSnapshot> GetCampaignAsync(Guid id, CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<CampaignSnapshot>(new Uri($"/api/v1/campaigns/{id}", UriKind.Relative), JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"Campaign {id} came back empty.");

    public async Task<T> GetJsonAsync<T>(string path, CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<T>(new Uri(path, UriKind.Relative), JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"{path} came back empty.");

    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken) =>
        await _http.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);

    public void Dispose() => _http.Dispose();

    private static Guid? IdOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("id", out var id) && id.TryGetGuid(out var value) ? value : null;
    }
}
