using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// <c>plugin_dead_letters</c>: open dead letters are listed; replaying one puts its delivery back in line with a fresh
/// attempt count. A dead letter no longer holds back the donor's later events (otherwise one poison event would
/// block a donor forever), so a replayed event may arrive after newer ones of the same donor.
/// </summary>
public sealed class DeadLetterStore(IDbContextFactory<PluginsDbContext> contexts, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<DeadLetter>> ListOpenAsync(string? pluginId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DeadLetters
            .Where(l => l.ReplayedAt == null && (pluginId == null || l.PluginId == pluginId))
            .OrderBy(l => l.Id)
            .Select(l => new DeadLetter(l.Id, l.PluginId, l.OutboxId, l.EventType, l.DonorId, l.Attempts, l.LastError, l.FailedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One page of the open dead letters, oldest first, with how many are open in all (for the workspace's table).</summary>
    public async Task<(IReadOnlyList<DeadLetter> Items, int Total)> ListOpenAsync(
        string? pluginId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.DeadLetters.Where(l => l.ReplayedAt == null && (pluginId == null || l.PluginId == pluginId));
        var total = await open.CountAsync(cancellationToken);
        var items = await open
            .OrderBy(l => l.Id)
            .Skip(offset).Take(limit)
            .Select(l => new DeadLetter(l.Id, l.PluginId, l.OutboxId, l.EventType, l.DonorId, l.Attempts, l.LastError, l.FailedAt))
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Puts a dead letter back in line. False when there is no open dead letter with that id.</summary>
    public async Task<bool> ReplayAsync(long id, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replayed = await db.Database
            .SqlQuery<ReplayedLetter>(
                $"UPDATE plugin_dead_letters SET replayed_at = {now} WHERE id = {id} AND replayed_at IS NULL RETURNING plugin_id, outbox_id")
            .ToListAsync(cancellationToken);
        if (replayed is not [var letter])
        {
            return false;
        }

        await db.Deliveries
            .Where(d => d.PluginId == letter.PluginId && d.OutboxId == letter.OutboxId)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(d => d.Status, DeliveryRecord.Pending)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptAt, now)
                    .SetProperty(d => d.LastError, (string?)null),
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    internal static Task AddAsync(
        PluginsDbContext db, string pluginId, OutboxRow row, int attempts, string? error, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO plugin_dead_letters (plugin_id, outbox_id, event_type, donor_id, attempts, last_error, failed_at)
            VALUES ({pluginId}, {row.Id}, {row.Type}, {row.DonorId}, {attempts}, {error}, {at})
            """,
            cancellationToken);

    /// <summary>What the replay's UPDATE … RETURNING gives back.</summary>
    private sealed record ReplayedLetter(string PluginId, long OutboxId);
}
