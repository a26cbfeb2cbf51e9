using Npgsql;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// Per-plugin delivery bookkeeping: the cursor into the outbox (everything at or below it has been taken in charge),
/// and one row per event in <c>plugin_deliveries</c> (delivered, pending retry, waiting behind an earlier event of the
/// same donor, or dead).
/// </summary>
internal static class DeliveryStore
{
    public static async Task<long> ReadCursorAsync(NpgsqlConnection connection, string pluginId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO plugin_cursors (plugin_id) VALUES (@id) ON CONFLICT (plugin_id) DO NOTHING;
            SELECT last_outbox_id FROM plugin_cursors WHERE plugin_id = @id
            """, connection).With("id", pluginId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// New outbox rows after the cursor. Only rows whose inserting transaction is older than every transaction still
    /// running are read: identity values are taken at insert but become visible at commit, so without this guard a
    /// slow ledger transaction holding id 10 would be skipped once id 11 (committed first) moved the cursor past it.
    /// </summary>
    public static async Task<List<OutboxRow>> ReadNewAsync(
        NpgsqlConnection connection, long cursor, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT id, occurred_at, type, donor_id, payload::text, 0
            FROM outbox_messages
            WHERE id > @cursor
              AND age(xmin) > age(((pg_snapshot_xmin(pg_current_snapshot())::text::bigint % 4294967296)::text)::xid)
            ORDER BY id
            LIMIT @batch
            """, connection).With("cursor", cursor).With("batch", batchSize);
        return await ReadRowsAsync(command, cancellationToken);
    }

    /// <summary>
    /// Pending deliveries that are due and first in line for their donor: an earlier pending event of the same donor
    /// holds later ones back. Events without a donor are never held back.
    /// </summary>
    public static async Task<List<OutboxRow>> ReadDueAsync(
        NpgsqlConnection connection, string pluginId, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT o.id, o.occurred_at, o.type, o.donor_id, o.payload::text, d.attempts
            FROM plugin_deliveries d
            JOIN outbox_messages o ON o.id = d.outbox_id
            WHERE d.plugin_id = @id AND d.status = 'pending' AND d.next_attempt_at <= @now
              AND NOT EXISTS (
                  SELECT 1 FROM plugin_deliveries e
                  WHERE e.plugin_id = d.plugin_id AND e.status = 'pending'
                    AND e.donor_id = d.donor_id AND e.outbox_id < d.outbox_id)
            ORDER BY d.outbox_id
            LIMIT @batch
            """, connection).With("id", pluginId).With("now", now).With("batch", batchSize);
        return await ReadRowsAsync(command, cancellationToken);
    }

    public static async Task<HashSet<Guid>> ReadBlockedDonorsAsync(
        NpgsqlConnection connection, string pluginId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT DISTINCT donor_id FROM plugin_deliveries WHERE plugin_id = @id AND status = 'pending' AND donor_id IS NOT NULL",
            connection).With("id", pluginId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var donors = new HashSet<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            donors.Add(reader.GetGuid(0));
        }

        return donors;
    }

    /// <summary>Records what became of a new row and moves the cursor past it, atomically.</summary>
    public static async Task TakeNewAsync(
        NpgsqlConnection connection, string pluginId, OutboxRow row, DeliveryRecord? record, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (record is not null)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO plugin_deliveries (plugin_id, outbox_id, donor_id, status, attempts, next_attempt_at, last_error, delivered_at)
                VALUES (@id, @outbox, @donor, @status, @attempts, @next, @error, @delivered)
                ON CONFLICT (plugin_id, outbox_id) DO NOTHING
                """, connection, transaction);
            Bind(insert, pluginId, row, record);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var cursor = new NpgsqlCommand(
            "UPDATE plugin_cursors SET last_outbox_id = @outbox WHERE plugin_id = @id AND last_outbox_id < @outbox",
            connection, transaction))
        {
            await cursor.With("id", pluginId).With("outbox", row.Id).ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task UpdateAsync(
        NpgsqlConnection connection, string pluginId, OutboxRow row, DeliveryRecord record, CancellationToken cancellationToken)
    {
        await using var update = new NpgsqlCommand(
            """
            UPDATE plugin_deliveries
            SET status = @status, attempts = @attempts, next_attempt_at = @next, last_error = @error, delivered_at = @delivered
            WHERE plugin_id = @id AND outbox_id = @outbox
            """, connection);
        Bind(update, pluginId, row, record);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Bind(NpgsqlCommand command, string pluginId, OutboxRow row, DeliveryRecord record) =>
        command.With("id", pluginId).With("outbox", row.Id).With("donor", row.DonorId)
            .With("status", record.Status).With("attempts", record.Attempts).With("next", record.NextAttemptAt)
            .With("error", record.LastError).With("delivered", record.DeliveredAt);

    private static async Task<List<OutboxRow>> ReadRowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2),
                reader.GetNullable<Guid?>(3), reader.GetString(4), reader.GetInt32(5)));
        }

        return rows;
    }
}
