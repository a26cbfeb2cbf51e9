using Npgsql;

namespace GiveBack.Cluster;

/// <summary>
/// The tables and OrleansQuery rows the Orleans ADO.NET providers need (embedded Sql/*.sql, in name order). The host's
/// schema migrator applies <see cref="Scripts"/> as versioned steps; <see cref="ApplyAsync"/> applies them to a
/// database outside a host (a bare silo in tests). Every script creates only what is missing and upserts its rows,
/// so it is safe to run again and from several processes at once.
/// </summary>
public static class OrleansSchema
{
    // "GiveBack" in ASCII. Advisory locks are per database, so this only serialises silos sharing one.
    private const long AdvisoryLockKey = 0x476976654261636B;

    private const string ResourcePrefix = "GiveBack.Cluster.Sql.";

    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> Loaded = new(LoadScripts);

    /// <summary>Each script's name (e.g. <c>10-Membership</c>) and SQL, in the order they must run.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Scripts => Loaded.Value;

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

        foreach (var (_, script) in Scripts)
        {
            await using var command = new NpgsqlCommand(script, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static List<KeyValuePair<string, string>> LoadScripts()
    {
        var assembly = typeof(OrleansSchema).Assembly;
        var scripts = new List<KeyValuePair<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new(Path.GetFileNameWithoutExtension(name[ResourcePrefix.Length..]), reader.ReadToEnd()));
        }

        return scripts.Count > 0
            ? scripts
            : throw new InvalidOperationException($"No embedded {ResourcePrefix}*.sql scripts: the build lost them.");
    }
}
