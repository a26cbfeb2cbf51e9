using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Outreach;

/// <summary>
/// Where scheduled work asks for a message to be sent. Queuing the same (kind, reference) twice is a no-op, so a job
/// that reruns after a crash or a misfire never sends twice. The message also leaves through the outbox, for the
/// outreach channels that plugins provide.
/// </summary>
public sealed class OutreachOutbox(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    /// <summary>True when the message is new; false when it was queued before.</summary>
    public async Task<bool> TryQueueAsync(string kind, string reference, Guid donorId, string subject, string body, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO outreach_messages (kind, reference, donor_id, subject, body, created_at)
            VALUES ({kind}, {reference}, {donorId}, {subject}, {body}, {now})
            ON CONFLICT (kind, reference) DO NOTHING
            """,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted == 1;
    }

    public async Task<IReadOnlyList<OutreachMessage>> ListAsync(string? kind, Guid? donorId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = db.OutreachMessages.AsNoTracking();
        if (kind is not null)
        {
            messages = messages.Where(m => m.Kind == kind);
        }

        if (donorId is { } donor)
        {
            messages = messages.Where(m => m.DonorId == donor);
        }

        return await messages.OrderByDescending(m => m.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
