using GiveBack.Testing.Host;
using OpenTelemetry.Trace;

namespace GiveBack.FunctionalTests.Telemetry;

/// <summary>
/// The real host with a scrape key (set through its environment variable's name, as an operator sets it) and an
/// in-memory span exporter added to the host's own tracer provider, so what is captured is what OTLP would receive.
/// </summary>
public sealed class TelemetryWorld : IAsyncLifetime
{
    public const string ScrapeKey = "test-scrape-key-6f1c0e7d2b9a4c58";

    private GiveBackServer? _server;

    public GiveBackServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public SpanCollection Spans { get; } = new();

    public async Task InitializeAsync() =>
        _server = await GiveBackServer.StartAsync(
            new Dictionary<string, string?> { ["GIVEBACK_METRICS_SCRAPE_KEY"] = ScrapeKey },
            builder => builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
