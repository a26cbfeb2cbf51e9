using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Webhooks;

/// <summary>
/// <c>stripe_events</c> for staff: listed by status, counted for the readiness details, and replayed. A replay only
/// resets the row and wakes the processor; the event is processed by <see cref="StripeEventProcessor"/> exactly as
/// when it first arrived, so it converges on Stripe's current state and books nothing twice.
/// </summary>
public sealed class StripeEventLog(IDbContextFactory<PaymentsDbContext> contexts, EventSignal signal, TimeProvider clock) : IPaymentEvents
{
    public async Task<(IReadOnlyList<PaymentEventView> Items, int Total)> ListAsync(
        string? status, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = status switch
        {
            PaymentEventStatuses.Pending => db.Events.Where(e => e.ProcessedAt == null && e.ParkedAt == null),
            PaymentEventStatuses.Processed => db.Events.Where(e => e.ProcessedAt != null),
            PaymentEventStatuses.Parked => db.Events.Where(e => e.ParkedAt != null),
            _ => db.Events,
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.AsNoTracking()
            .OrderByDescending(e => e.ReceivedAt).ThenBy(e => e.Id)
            .Skip(offset).Take(limit)
            .Select(e => new { e.Id, e.Type, e.Attempts, e.Outcome, e.ReceivedAt, e.NextAttemptAt, e.ProcessedAt, e.ParkedAt, e.Livemode })
            .ToListAsync(cancellationToken);
        return ([.. rows.Select(e => View(e.Id, e.Type, e.Attempts, e.Outcome, e.ReceivedAt, e.NextAttemptAt, e.ProcessedAt, e.ParkedAt, e.Livemode))], total);
    }

    public async Task<PaymentEventReplay> ReplayAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A pending event is left alone: a processor may hold its lease right now, and its next attempt is scheduled. An
        // event whose payload the retention job removed is left alone too: pending again, it could only fail for 3 days.
        var reset = await db.Events
            .Where(e => e.Id == id && (e.ParkedAt != null || e.ProcessedAt != null) && e.Payload != null)
            .ExecuteUpdateAsync(
                e => e.SetProperty(x => x.ParkedAt, (DateTimeOffset?)null)
                    .SetProperty(x => x.ProcessedAt, (DateTimeOffset?)null)
                    .SetProperty(x => x.Attempts, 0)
                    .SetProperty(x => x.NextAttemptAt, now),
                cancellationToken);
        if (reset == 1)
        {
            signal.Notify();
        }

        var row = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (row is null)
        {
            return PaymentEventReplay.NotFound;
        }

        var view = View(row.Id, row.Type, row.Attempts, row.Outcome, row.ReceivedAt, row.NextAttemptAt, row.ProcessedAt, row.ParkedAt, row.Livemode);
        return reset == 1
            ? new PaymentEventReplay(view, AlreadyPending: false)
            : new PaymentEventReplay(view, AlreadyPending: view.Status == PaymentEventStatuses.Pending, PayloadRemoved: row.Payload is null);
    }

    public async Task<(int Parked, int Retrying)> CountTroubleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Both counts read partial indexes (parked rows; unprocessed rows), never the whole audit trail.
        var parked = await db.Events.CountAsync(e => e.ParkedAt != null, cancellationToken);
        var retrying = await db.Events.CountAsync(e => e.ProcessedAt == null && e.ParkedAt == null && e.Attempts > 0, cancellationToken);
        return (parked, retrying);
    }

    private static PaymentEventView View(
        string id, string type, int attempts, string? outcome, DateTimeOffset receivedAt, DateTimeOffset nextAttemptAt,
        DateTimeOffset? processedAt, DateTimeOffset? parkedAt, bool livemode)
    {
        var status = parkedAt is not null ? PaymentEventStatuses.Parked
            : processedAt is not null ? PaymentEventStatuses.Processed
            : PaymentEventStatuses.Pending;
        return new PaymentEventView(
            id, type, status, attempts, outcome, receivedAt, status == PaymentEventStatuses.Pending ? nextAttemptAt : null, processedAt, parkedAt, livemode);
    }
}
