using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Outreach;

/// <summary>
/// Where every module asks for a message to be sent. Queuing the same (kind, reference) twice is a no-op, so a job
/// that reruns after a crash or a misfire, or a replayed webhook, never sends twice. The outreach module's dispatcher
/// sends what is queued here.
/// </summary>
public sealed class OutreachOutbox(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    /// <summary>True when the message is new; false when it was queued before.</summary>
    public async Task<bool> TryQueueAsync(OutreachRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var messageKind = request.MessageKind.ToString();
        var values = request.Values.ToJson();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO outreach_messages
                (kind, reference, donor_id, message_kind, language, "values", status, attempts, next_attempt_at, message_id, created_at, updated_at)
            VALUES ({request.Kind}, {request.Reference}, {request.DonorId}, {messageKind}, {request.Language}, CAST({values} AS jsonb),
                    {OutreachStatuses.Queued}, 0, {now}, {Guid.NewGuid()}, {now}, {now})
            ON CONFLICT (kind, reference) DO NOTHING
            """,
            cancellationToken);
        return inserted == 1;
    }

    /// <summary>
    /// Takes back the message of <paramref name="kind"/> and <paramref name="reference"/> if no channel has it yet (queued,
    /// or failed and waiting for a retry, and not held by a dispatcher). True when the donor may have it: it was sent,
    /// or a dispatcher is sending it now.
    /// </summary>
    public async Task<bool> WithdrawUnsentAsync(string kind, string reference, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutreachMessages
            .Where(m => m.Kind == kind && m.Reference == reference
                && (m.Status == OutreachStatuses.Queued || m.Status == OutreachStatuses.Failed)
                && (m.LeasedUntil == null || m.LeasedUntil <= now))
            .ExecuteUpdateAsync(
                m => m.SetProperty(x => x.Status, OutreachStatuses.Withdrawn)
                    .SetProperty(x => x.LastError, reason)
                    .SetProperty(x => x.UpdatedAt, now),
                cancellationToken);

        // A second statement, so it sees a claim that won the race against the update above (and made it skip the row).
        return await db.OutreachMessages.AnyAsync(
            m => m.Kind == kind && m.Reference == reference
                && (m.Status == OutreachStatuses.Sent
                    || ((m.Status == OutreachStatuses.Queued || m.Status == OutreachStatuses.Failed) && m.LeasedUntil > now)),
            cancellationToken);
    }
}
