using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiveBack.Testing.Webhooks;

/// <summary>
/// A real HTTP endpoint on a loopback port that records what the Webhook plugin posts (events and messages), and serves
/// a page of constituents for its pull.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _failNext;

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri HookUrl => new(BaseAddress, "/hook");

    public Uri PullUrl => new(BaseAddress, "/constituents");

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>Waits for the first event of a type whose <c>data</c> matches, as the Webhook plugin posted it.</summary>
    public async Task<ReceivedWebhook> WaitForEventAsync(string type, Func<JsonElement, bool> match) =>
        (await Eventually.MatchesAsync(
            () => Task.FromResult(Received.FirstOrDefault(r => r.Kind == type && match(r.Data))),
            r => r is not null,
            $"the Webhook plugin to post the matching {type}"))!;

    /// <summary>Answer 503 to this many of the next posts.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        app.MapGet("/constituents", (string? cursor) => cursor is null or ""
            ? Results.Json(new
            {
                constituents = new[]
                {
                    new { externalId = "0031x000001", donorId = (Guid?)null, email = "grace@example.org", firstName = "Grace", lastName = "Hopper" },
                },
                nextCursor = "page-2",
                hasMore = false,
            })
            : Results.Json(new { constituents = Array.Empty<object>(), nextCursor = (string?)null, hasMore = false }));
        await app.StartAsync();
        receiver.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        _received.Enqueue(new ReceivedWebhook(
            body, request.Headers["X-GiveBack-Signature"].ToString(), request.Headers["X-GiveBack-Delivery"].ToString(),
            request.Headers["X-GiveBack-Kind"].ToString()));
        return Interlocked.Decrement(ref _failNext) >= 0 ? Results.StatusCode(503) : Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
