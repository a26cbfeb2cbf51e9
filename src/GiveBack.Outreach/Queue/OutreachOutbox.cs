using GiveBack.Ledger.Outreach;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Outreach.Queue;

/// <summary>
/// The outreach module's side of <see cref="IOutreachOutbox"/>: one row in <c>outreach_messages</c> per message, unique
/// on (kind, reference). The dispatcher sends what is queued here.
/// </summary>
internal sealed class OutreachOutbox(IDbContextFactory<OutreachDbContext> contexts, TimeProvider clock) : IOutreachOutbox
{
    /// <inheritdoc/>
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

    /// <inheritdoc/>
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
