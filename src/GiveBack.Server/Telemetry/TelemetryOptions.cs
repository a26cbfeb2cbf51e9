namespace GiveBack.Server.Telemetry;

/// <summary>
/// Monitoring settings. OTLP export has none of its own: it follows the standard <c>OTEL_EXPORTER_OTLP_*</c> variables
/// and is on when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The environment variable the README documents for <see cref="ScrapeKey"/>.</summary>
    public const string ScrapeKeyVariable = "GIVEBACK_METRICS_SCRAPE_KEY";

    /// <summary>
    /// A key a Prometheus server sends as <c>Authorization: Bearer &lt;key&gt;</c> to read <c>/metrics</c> without
    /// an administrator's API key. Unset: only administrators read the metrics.
    /// </summary>
    public string? ScrapeKey { get; set; }

    /// <summary>Serve the Orleans Dashboard to signed-in administrators.</summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>
    /// How old the backlog figures (outbox lag, parked events, failed messages) may be before a scrape reads them again:
    /// however often Prometheus, an OTLP reader and the dashboards ask, the database is asked at most this often.
    /// </summary>
    public TimeSpan BacklogReadingAge { get; set; } = TimeSpan.FromSeconds(5);
}
