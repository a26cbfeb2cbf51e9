using Npgsql;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// <c>plugin_dead_letters</c>: open dead letters are listed; replaying one puts its delivery back in line with a fresh
/// attempt count. A dead letter no longer holds back the donor's later events (otherwise one poison event would
/// block a donor forever), so a replayed event may arrive after newer ones of the same donor.
/// </summary>
public sealed class DeadLetterStore(PluginDatabase database, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<DeadLetter>> ListOpenAsync(string? pluginId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT id, plugin_id, outbox_id, event_type, donor_id, attempts, last_error, failed_at
            FROM plugin_dead_letters
            WHERE replayed_at IS NULL AND (@plugin::text IS NULL OR plugin_id = @plugin::text)
            ORDER BY id
            """, connection).With("plugin", pluginId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new DeadLetter(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetNullable<Guid?>(4), reader.GetInt32(5), reader.GetNullable<string>(6),
                reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return letters;
    }

    /// <summary>Puts a dead letter back in line. False when there is no open dead letter with that id.</summary>
    public async Task<bool> ReplayAsync(long id, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var mark = new NpgsqlCommand(
            "UPDATE plugin_dead_letters SET replayed_at = @now WHERE id = @id AND replayed_at IS NULL RETURNING plugin_id, outbox_id",
            connection, transaction).With("now", now).With("id", id);
        string pluginId;
        long outboxId;
        await using (var reader = await mark.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            pluginId = reader.GetString(0);
            outboxId = reader.GetInt64(1);
        }

        await using var requeue = new NpgsqlCommand(
            """
            UPDATE plugin_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @now, last_error = NULL
            WHERE plugin_id = @plugin AND outbox_id = @outbox
            """, connection, transaction).With("now", now).With("plugin", pluginId).With("outbox", outboxId);
        await requeue.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    internal static async Task AddAsync(
        NpgsqlConnection connection, string pluginId, OutboxRow row, int attempts, string? error, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO plugin_dead_letters (plugin_id, outbox_id, event_type, donor_id, attempts, last_error, failed_at)
            VALUES (@plugin, @outbox, @type, @donor, @attempts, @error, @at)
            """,
            cancellationToken, ("plugin", pluginId), ("outbox", row.Id), ("type", row.Type), ("donor", row.DonorId),
            ("attempts", attempts), ("error", error), ("at", at));
}
