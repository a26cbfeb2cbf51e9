using System.Diagnostics.Metrics;
using System.Text.Json;
using GiveBack.Domain.Telemetry;

namespace GiveBack.Payments.Stripe.Telemetry;

/// <summary>
/// How long after Stripe created an event GiveBack had booked it: Stripe's delivery delay, the wait in the inbox and the
/// retries together, which is what a donor's "where is my receipt" is about. Measured once per processed event.
/// </summary>
internal static class WebhookMetrics
{
    private static readonly Histogram<double> Lag = GiveBackTelemetry.Meter.CreateHistogram<double>(
        "giveback.stripe.webhook.lag", "s", "Time from the Stripe event's creation to its processing by GiveBack.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 86400] });

    // The time received stands in when a payload carries no creation time (Stripe's always do).
    public static void RecordProcessed(string type, string payload, DateTimeOffset receivedAt, DateTimeOffset processedAt)
    {
        if (!Lag.Enabled)
        {
            return;
        }

        var createdAt = CreatedAt(payload) ?? receivedAt;
        Lag.Record(Math.Max(0, (processedAt - createdAt).TotalSeconds), new KeyValuePair<string, object?>("event_type", type));
    }

    private static DateTimeOffset? CreatedAt(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.TryGetProperty("created", out var created) && created.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
