using GiveBack.Ledger.Outreach;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Outreach.Queue;

/// <summary>
/// The dispatcher's and the API's side of <c>outreach_messages</c>: claim due messages, write each attempt's outcome,
/// list, resend. A claim takes the rows with <c>FOR UPDATE SKIP LOCKED</c> and leases them, so hosts never share a
/// message, and a host that dies while holding one only delays it until the lease ends.
/// </summary>
public sealed class OutreachStore(IDbContextFactory<OutreachDbContext> contexts, TimeProvider clock)
{
    /// <summary>Leases up to <paramref name="batchSize"/> due messages (queued, or failed and due for a retry).</summary>
    public async Task<IReadOnlyList<OutreachMessageRecord>> ClaimAsync(int batchSize, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leasedUntil = now + lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The status literals match ix_outreach_messages_due's filter, so an idle poll reads that (empty) index only.
        return await db.OutreachMessages
            .FromSqlInterpolated($"""
                UPDATE outreach_messages SET leased_until = {leasedUntil}, updated_at = {now}
                WHERE id IN (SELECT id FROM outreach_messages
                             WHERE status IN ('queued', 'failed') AND next_attempt_at <= {now}
                               AND (leased_until IS NULL OR leased_until <= {now})
                             ORDER BY next_attempt_at, id
                             LIMIT {batchSize}
                             FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Writes an attempt's outcome and ends the lease. False when the claim was lost meanwhile — the lease ran out and
    /// another host took the message, or staff resent it — in which case nothing is written.
    /// </summary>
    public async Task<bool> SettleAsync(OutreachMessageRecord claimed, Settlement outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(outcome);
        var now = clock.GetUtcNow();
        var error = outcome.LastError is { Length: > 2000 } longError ? longError[..2000] : outcome.LastError;
        var subject = outcome.Subject is { Length: > 300 } longSubject ? longSubject[..300] : outcome.Subject;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.OutreachMessages
            .Where(m => m.Id == claimed.Id && m.LeasedUntil == claimed.LeasedUntil)
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.Status, outcome.Status)
                    .SetProperty(x => x.Attempts, outcome.Attempts)
                    .SetProperty(x => x.NextAttemptAt, outcome.NextAttemptAt)
                    .SetProperty(x => x.LeasedUntil, (DateTimeOffset?)null)
                    .SetProperty(x => x.LastError, error)
                    .SetProperty(x => x.Channel, x => outcome.Channel ?? x.Channel)
                    .SetProperty(x => x.TransportId, outcome.TransportId)
                    .SetProperty(x => x.Subject, x => subject ?? x.Subject)
                    .SetProperty(x => x.SentAt, outcome.SentAt)
                    .SetProperty(x => x.UpdatedAt, now),
                cancellationToken);
        return updated == 1;
    }

    public async Task<(IReadOnlyList<OutreachMessageRecord> Items, int Total)> ListAsync(OutreachQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The list is outreach to donors; an account message to staff (a password reset) is no donor's business and
        // names no donor to show. Those are counted by the readiness report like any other.
        var messages = db.OutreachMessages.AsNoTracking().Where(m => m.RecipientKind == OutreachRecipients.Donor);
        if (query.DonorId is { } donorId)
        {
            messages = messages.Where(m => m.DonorId == donorId);
        }

        if (query.Kind is { } kind)
        {
            messages = messages.Where(m => m.Kind == kind);
        }

        if (query.Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        var total = await messages.CountAsync(cancellationToken);
        var items = await messages.OrderByDescending(m => m.Id).Skip(query.Offset).Take(query.Limit).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>
    /// Puts a message back in the queue as new: attempts reset, a fresh message id (it is a new message to the channel),
    /// due now. A dispatcher still holding the old claim loses it. Null for an unknown id.
    /// </summary>
    public async Task<OutreachMessageRecord?> ResendAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.OutreachMessages
            .Where(m => m.Id == id)
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.Status, OutreachStatuses.Queued)
                    .SetProperty(x => x.Attempts, 0)
                    .SetProperty(x => x.NextAttemptAt, now)
                    .SetProperty(x => x.LeasedUntil, (DateTimeOffset?)null)
                    .SetProperty(x => x.LastError, (string?)null)
                    .SetProperty(x => x.MessageId, Guid.NewGuid())
                    .SetProperty(x => x.SentAt, (DateTimeOffset?)null)
                    .SetProperty(x => x.UpdatedAt, now),
                cancellationToken);
        return updated == 0 ? null : await db.OutreachMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>How many messages wait, are being retried, or are dead (for the readiness report).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountUnsettledAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutreachMessages.AsNoTracking()
            .Where(m => m.Status == OutreachStatuses.Queued || m.Status == OutreachStatuses.Failed || m.Status == OutreachStatuses.Dead)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
    }
}
