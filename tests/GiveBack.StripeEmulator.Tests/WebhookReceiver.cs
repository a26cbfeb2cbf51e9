using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stripe;

namespace GiveBack.StripeEmulator.Tests;

/// <summary>
/// A tiny webhook endpoint on a free loopback port that verifies every delivery with Stripe.net's
/// <c>EventUtility.ConstructEvent</c>, as the product's endpoint will. It can be told to answer 500 a few times.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Event> _events = new();
    private readonly ConcurrentQueue<string> _rejections = new();
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, string secret)
    {
        _app = app;
        app.MapPost("/webhook", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                return Results.StatusCode(500);
            }

            try
            {
                _events.Enqueue(EventUtility.ConstructEvent(body, request.Headers["Stripe-Signature"], secret));
                return Results.Ok();
            }
            catch (StripeException ex)
            {
                _rejections.Enqueue(ex.Message);
                return Results.BadRequest();
            }
        });
    }

    public string Url { get; private set; } = string.Empty;

    /// <summary>Verified events in arrival order (duplicates included).</summary>
    public IReadOnlyList<Event> Events => [.. _events];

    public IReadOnlyList<string> Rejections => [.. _rejections];

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var receiver = new WebhookReceiver(builder.Build(), secret);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = $"{address.TrimEnd('/')}/webhook";
        return receiver;
    }

    /// <summary>The next <paramref name="count"/> deliveries get a 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public IReadOnlyList<Event> OfType(string type) => [.. Events.Where(e => e.Type == type)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
