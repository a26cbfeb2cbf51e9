using Npgsql;

namespace GiveBack.Cluster.Tests.Support;

/// <summary>
/// The Orleans scripts applied to a database with no GiveBack host, for a bare silo: in one transaction under an
/// advisory lock, as the host's schema migrator runs them (these tests see only the cluster project, not the migrator).
/// </summary>
internal static class BareSiloSchema
{
    // "GiveBack" in ASCII. Advisory locks are per database, so this only serialises silos sharing one.
    private const long AdvisoryLockKey = 0x476976654261636B;

    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // CREATE ... IF NOT EXISTS is not safe against a concurrent CREATE of the same object (it can still fail on
        // the catalog's unique index), so silos starting together take turns; the lock goes with the transaction.
        await using (var takeLock = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            takeLock.Parameters.AddWithValue("key", AdvisoryLockKey);
            await takeLock.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (_, script) in OrleansSchema.Scripts)
        {
            await using var command = new NpgsqlCommand(script, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
