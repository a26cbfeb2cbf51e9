using GiveBack.Domain.Telemetry;
using GiveBack.Payments.Stripe.Data;
using GiveBack.Payments.Stripe.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Stripe.Webhooks;

/// <summary>
/// Processes stored events that are not processed yet, oldest first. An event is claimed with a lease (so several hosts
/// can run this side by side, and an event whose host died is picked up again), handled, and marked processed; a
/// failure is retried on the <see cref="EventRetrySchedule"/> (capped backoff for at least Stripe's own three days) and
/// then parked, never dropped: staff list parked events and replay them (<c>/api/v1/payments/events</c>). Because
/// nothing is processed in the webhook request, an event stored just before a crash is simply processed after the
/// restart.
/// </summary>
public sealed partial class StripeEventProcessor(
    IServiceProvider services,
    IDbContextFactory<PaymentsDbContext> contexts,
    EventSignal signal,
    IOptions<StripeOptions> options,
    TimeProvider clock,
    ILogger<StripeEventProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    // Claimed a few handfuls at a time, so the handlers stay busy to the end of a claim without holding many leases.
    private int BatchSize => options.Value.ProcessorEventsInFlight * 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                var batch = await ClaimAsync(stoppingToken);
                claimed = batch.Count;
                // Side by side: order between events was never guaranteed (Stripe does not order them either). An event
                // that needs another's effect first throws PaymentNotYetKnownException and is retried; the payment grain
                // books one payment's events one at a time, and the giving page's consent is recorded under the donor's
                // lock (the two events of one payment, on this host or on two, record it once).
                await Parallel.ForEachAsync(
                    batch,
                    new ParallelOptions { MaxDegreeOfParallelism = options.Value.ProcessorEventsInFlight, CancellationToken = stoppingToken },
                    async (record, cancellationToken) => await ProcessAsync(record, cancellationToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database is down or the silo is not ready: look again at the next poll.
                LogPollFailed(logger, exception);
            }

            if (claimed < BatchSize)
            {
                await signal.WaitAsync(options.Value.ProcessorPollInterval, stoppingToken);
            }
        }
    }

    private async Task<List<StripeEventRecord>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = now + Lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Events
            .FromSqlInterpolated($"""
                UPDATE stripe_events SET next_attempt_at = {leaseUntil}
                WHERE id IN (SELECT id FROM stripe_events
                             WHERE processed_at IS NULL AND parked_at IS NULL AND next_attempt_at <= {now}
                             ORDER BY received_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    private async Task ProcessAsync(StripeEventRecord record, CancellationToken cancellationToken)
    {
        var attempts = record.Attempts + 1;
        // A span of its own: the event arrived in an earlier request, so there is no caller's trace to join.
        using var activity = GiveBackTelemetry.Activities.StartActivity("stripe.event.process");
        activity?.SetTag("stripe.event_type", record.Type);
        activity?.SetTag("stripe.attempt", attempts);
        string outcome;
        DateTimeOffset? processedAt = null;
        DateTimeOffset? parkedAt = null;
        DateTimeOffset nextAttempt;
        try
        {
            var handler = services.GetRequiredService<StripeEventTranslator>();
            // Only processed events lose their payload (retention), and only unprocessed ones are claimed.
            var payload = record.Payload ?? throw new InvalidOperationException("The event has no payload.");
            outcome = await handler.HandleAsync(record.Id, payload, cancellationToken);
            processedAt = clock.GetUtcNow();
            nextAttempt = processedAt.Value;
            LogProcessed(logger, record.Id, record.Type, outcome);
            WebhookMetrics.RecordProcessed(record.Type, payload, record.ReceivedAt, processedAt.Value);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var schedule = EventRetrySchedule.From(options.Value);
            var now = clock.GetUtcNow();
            parkedAt = schedule.Parks(attempts) ? now : null;
            nextAttempt = parkedAt ?? now + schedule.DelayAfter(attempts);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, parkedAt is null ? "error" : "parked");
            outcome = $"{(parkedAt is null ? "error" : "parked")} after attempt {attempts}: {exception.GetType().Name}: {exception.Message}";
            if (parkedAt is null)
            {
                LogFailed(logger, exception, record.Id, record.Type, attempts);
            }
            else
            {
                LogParked(logger, exception, record.Id, record.Type, attempts);
            }
        }

        if (outcome.Length > 2000)
        {
            outcome = outcome[..2000];
        }

        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Events.Where(e => e.Id == record.Id).ExecuteUpdateAsync(
            e => e.SetProperty(x => x.Attempts, attempts)
                .SetProperty(x => x.ProcessedAt, processedAt)
                .SetProperty(x => x.ParkedAt, parkedAt)
                .SetProperty(x => x.NextAttemptAt, nextAttempt)
                .SetProperty(x => x.Outcome, outcome),
            CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe event {EventId} ({Type}): {Outcome}")]
    private static partial void LogProcessed(ILogger logger, string eventId, string type, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} ({Type}) failed on attempt {Attempts}; it will be retried.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string eventId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stripe event {EventId} ({Type}) failed {Attempts} times over the retry window and is parked; list parked events at GET /api/v1/payments/events?status=parked and replay it once the cause is fixed.")]
    private static partial void LogParked(ILogger logger, Exception exception, string eventId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for Stripe events to process; retrying at the next poll.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
