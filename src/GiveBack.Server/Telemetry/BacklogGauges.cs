using System.Diagnostics.Metrics;
using GiveBack.Domain.Telemetry;

namespace GiveBack.Server.Telemetry;

/// <summary>
/// The gauges on the product's meter that report queues rather than events: how late plugin delivery is, what is
/// parked, which messages failed. They are read on demand (a scrape, an OTLP export) from <see cref="BacklogReadings"/>.
/// The meter comes from the host's factory, so a host that stops takes its callbacks with it.
/// </summary>
internal sealed class BacklogGauges(IMeterFactory meters, BacklogReadings readings, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = meters.Create(GiveBackTelemetry.Name);
        meter.CreateObservableGauge(
            "giveback.outbox.lag",
            () => Lag(readings.Current().OldestUndeliveredAt),
            "s",
            "Age of the oldest ledger event not yet delivered to every plugin that delivers (0 when none waits).");
        meter.CreateObservableGauge(
            "giveback.events.parked",
            () =>
            {
                var reading = readings.Current();
                return (IEnumerable<Measurement<int>>)
                [
                    new(reading.StripeParked, new KeyValuePair<string, object?>("queue", "stripe")),
                    new(reading.PluginDeadLetters, new KeyValuePair<string, object?>("queue", "plugins")),
                ];
            },
            "{event}",
            "Events given up on until someone replays them: Stripe events parked, plugin deliveries dead-lettered.");
        meter.CreateObservableGauge(
            "giveback.outreach.failed_messages",
            () =>
            {
                var reading = readings.Current();
                return (IEnumerable<Measurement<int>>)
                [
                    new(reading.OutreachFailed, new KeyValuePair<string, object?>("status", "failed")),
                    new(reading.OutreachDead, new KeyValuePair<string, object?>("status", "dead")),
                ];
            },
            "{message}",
            "Outreach messages that failed: waiting for a retry (failed) or given up on (dead).");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private double Lag(DateTimeOffset? oldest) =>
        oldest is { } at ? Math.Max(0, (clock.GetUtcNow() - at).TotalSeconds) : 0;
}
