using Npgsql;

namespace GiveBack.Cluster;

/// <summary>
/// Creates or updates the tables and OrleansQuery rows the Orleans ADO.NET providers need (embedded
/// Sql/*.sql, applied in name order). Safe to run on every start and from several silos at once.
/// </summary>
public static class OrleansSchema
{
    // "GiveBack" in ASCII. Advisory locks are per database, so this only serialises silos sharing one.
    private const long AdvisoryLockKey = 0x476976654261636B;

    private const string ResourcePrefix = "GiveBack.Cluster.Sql.";

    private static readonly Lazy<IReadOnlyList<string>> Scripts = new(LoadScripts);

    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // CREATE ... IF NOT EXISTS is not safe against a concurrent CREATE of the same object (it can
        // still fail on the catalog's unique index), so silos starting together take turns. The lock is
        // released with the transaction, also when applying fails.
        await using (var takeLock = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            takeLock.Parameters.AddWithValue("key", AdvisoryLockKey);
            await takeLock.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var script in Scripts.Value)
        {
            await using var command = new NpgsqlCommand(script, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static List<string> LoadScripts()
    {
        var assembly = typeof(OrleansSchema).Assembly;
        var scripts = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add(reader.ReadToEnd());
        }

        return scripts.Count > 0
            ? scripts
            : throw new InvalidOperationException($"No embedded {ResourcePrefix}*.sql scripts: the build lost them.");
    }
}
