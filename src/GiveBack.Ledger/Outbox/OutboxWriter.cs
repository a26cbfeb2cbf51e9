using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GiveBack.Ledger.Outbox;

/// <summary>
/// How a module that owns its own tables writes an outbox event in its own transaction: one insert on the module's
/// connection, so the event commits exactly when the module's row does. Giving owns <c>outbox_messages</c>; this is the
/// only SQL that writes it from another context.
/// </summary>
public static class OutboxWriter
{
    /// <summary>Appends <paramref name="message"/> inside the transaction <paramref name="database"/> has open.</summary>
    public static async Task AppendToOutboxAsync(this DatabaseFacade database, OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(message);
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An outbox event is written in the transaction of the row it describes; begin one first.");
        }

        await database.ExecuteSqlAsync(
            $"INSERT INTO outbox_messages (occurred_at, type, donor_id, payload) VALUES ({message.OccurredAt}, {message.Type}, {message.DonorId}, {message.Payload}::jsonb)",
            cancellationToken);
    }
}
