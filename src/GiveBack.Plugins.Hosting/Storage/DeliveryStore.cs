using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// Per-plugin delivery bookkeeping: the cursor into the outbox (everything at or below it has been taken in charge),
/// and one row per event in <c>plugin_deliveries</c> (delivered, pending retry, waiting behind an earlier event of the
/// same donor, or dead).
/// </summary>
internal static class DeliveryStore
{
    public static async Task<long> ReadCursorAsync(PluginsDbContext db, string pluginId, CancellationToken cancellationToken) =>
        (await PluginCursors.ReadAsync(db, pluginId, cancellationToken)).LastOutboxId;

    /// <summary>
    /// New outbox rows after the cursor. Only rows whose inserting transaction is older than every transaction still
    /// running are read: identity values are taken at insert but become visible at commit, so without this guard a
    /// slow ledger transaction holding id 10 would be skipped once id 11 (committed first) moved the cursor past it.
    /// </summary>
    public static Task<List<OutboxRow>> ReadNewAsync(
        PluginsDbContext db, long cursor, int batchSize, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<OutboxRow>(
            $"""
            SELECT id, occurred_at, type, donor_id, payload::text AS payload, 0 AS attempts
            FROM outbox_messages
            WHERE id > {cursor}
              AND age(xmin) > age(((pg_snapshot_xmin(pg_current_snapshot())::text::bigint % 4294967296)::text)::xid)
            ORDER BY id
            LIMIT {batchSize}
            """)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Pending deliveries that are due and first in line for their donor: an earlier pending event of the same donor
    /// holds later ones back. Events without a donor are never held back.
    /// </summary>
    public static Task<List<OutboxRow>> ReadDueAsync(
        PluginsDbContext db, string pluginId, DateTimeOffset now, int batchSize, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<OutboxRow>(
            $"""
            SELECT o.id, o.occurred_at, o.type, o.donor_id, o.payload::text AS payload, d.attempts
            FROM plugin_deliveries d
            JOIN outbox_messages o ON o.id = d.outbox_id
            WHERE d.plugin_id = {pluginId} AND d.status = 'pending' AND d.next_attempt_at <= {now}
              AND NOT EXISTS (
                  SELECT 1 FROM plugin_deliveries e
                  WHERE e.plugin_id = d.plugin_id AND e.status = 'pending'
                    AND e.donor_id = d.donor_id AND e.outbox_id < d.outbox_id)
            ORDER BY d.outbox_id
            LIMIT {batchSize}
            """)
            .ToListAsync(cancellationToken);

    public static async Task<HashSet<Guid>> ReadBlockedDonorsAsync(
        PluginsDbContext db, string pluginId, CancellationToken cancellationToken)
    {
        var donors = await db.Deliveries
            .Where(d => d.PluginId == pluginId && d.Status == DeliveryRecord.Pending && d.DonorId != null)
            .Select(d => d.DonorId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. donors];
    }

    /// <summary>Records what became of a new row and moves the cursor past it, atomically.</summary>
    public static async Task TakeNewAsync(
        PluginsDbContext db, string pluginId, OutboxRow row, DeliveryRecord? record, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (record is not null)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO plugin_deliveries (plugin_id, outbox_id, donor_id, status, attempts, next_attempt_at, last_error, delivered_at)
                VALUES ({pluginId}, {row.Id}, {row.DonorId}, {record.Status}, {record.Attempts}, {record.NextAttemptAt},
                        {record.LastError}, {record.DeliveredAt})
                ON CONFLICT (plugin_id, outbox_id) DO NOTHING
                """,
                cancellationToken);
        }

        await db.Cursors
            .Where(c => c.PluginId == pluginId && c.LastOutboxId < row.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastOutboxId, row.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static Task UpdateAsync(
        PluginsDbContext db, string pluginId, OutboxRow row, DeliveryRecord record, CancellationToken cancellationToken) =>
        db.Deliveries
            .Where(d => d.PluginId == pluginId && d.OutboxId == row.Id)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(d => d.Status, record.Status)
                    .SetProperty(d => d.Attempts, record.Attempts)
                    .SetProperty(d => d.NextAttemptAt, record.NextAttemptAt)
                    .SetProperty(d => d.LastError, record.LastError)
                    .SetProperty(d => d.DeliveredAt, record.DeliveredAt),
                cancellationToken);
}
