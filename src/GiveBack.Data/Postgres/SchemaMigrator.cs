using GiveBack.Data.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GiveBack.Data.Postgres;

/// <summary>
/// The one runner of the schema story: every module's EF migrations and the versioned scripts (Orleans, Quartz,
/// plugins), in registration order, while the host is starting and before any other service touches the database.
/// Hosts starting together against one database take turns on a PostgreSQL advisory lock, so each step runs once.
/// </summary>
public sealed partial class SchemaMigrator(
    NpgsqlDataSource dataSource, IEnumerable<SchemaStep> steps, IServiceProvider services, ILogger<SchemaMigrator> logger)
    : StartupStep
{
    // "GBschema" in ASCII; distinct from any other advisory lock key GiveBack takes.
    private const long LockKey = 0x4742_7363_6865_6D61;

    private const string ScriptsTable = """
        CREATE TABLE IF NOT EXISTS schema_scripts (
            id text PRIMARY KEY,
            checksum text NOT NULL,
            applied_at timestamptz NOT NULL)
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A session lock, held across EF's own transactions; released below, or by the pool's reset (DISCARD ALL)
        // should unlocking fail.
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, ScriptsTable, cancellationToken);
            foreach (var step in steps)
            {
                await step.ApplyAsync(connection, services, cancellationToken);
                LogApplied(logger, step.Id);
            }
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    public override Task StartingAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Schema step {Step} is up to date")]
    private static partial void LogApplied(ILogger logger, string step);
}
