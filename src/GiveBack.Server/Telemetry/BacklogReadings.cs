using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Queue;
using GiveBack.Payments;
using GiveBack.Plugins.Hosting.Storage;
using Microsoft.Extensions.Options;

namespace GiveBack.Server.Telemetry;

/// <summary>
/// The backlog figures the gauges report, read from the database at most once per
/// <see cref="TelemetryOptions.BacklogReadingAge"/> and shared by every gauge and reader in between. A reading that
/// fails (the database is down) keeps the last figures: /health/ready is where an outage shows.
/// </summary>
internal sealed partial class BacklogReadings(
    IPaymentEvents payments,
    OutreachStore outreach,
    PluginBacklog plugins,
    IOptionsMonitor<TelemetryOptions> options,
    TimeProvider clock,
    ILogger<BacklogReadings> logger)
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private BacklogReading _last = BacklogReading.Empty;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public BacklogReading Current()
    {
        var now = clock.GetUtcNow();
        // One reader refreshes; another arriving meanwhile (an OTLP export during a scrape) takes the last figures.
        if (now - _readAt < options.CurrentValue.BacklogReadingAge || !_gate.TryEnter())
        {
            return _last;
        }

        try
        {
            // Gauge callbacks are synchronous; this blocks a scrape for three indexed counts every few seconds at most.
            using var timeout = new CancellationTokenSource(ReadTimeout);
            _last = ReadAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            LogReadFailed(exception);
        }
        finally
        {
            _readAt = now;
            _gate.Exit();
        }

        return _last;
    }

    private async Task<BacklogReading> ReadAsync(CancellationToken cancellationToken)
    {
        var (parked, _) = await payments.CountTroubleAsync(cancellationToken);
        var messages = await outreach.CountUnsettledAsync(cancellationToken);
        var backlog = await plugins.ReadAsync(cancellationToken);
        return new BacklogReading(
            parked,
            backlog.OpenDeadLetters,
            messages.GetValueOrDefault(OutreachStatuses.Failed),
            messages.GetValueOrDefault(OutreachStatuses.Dead),
            backlog.OldestUndeliveredAt);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the backlog figures for the metrics; the last ones are reported.")]
    private partial void LogReadFailed(Exception exception);
}
