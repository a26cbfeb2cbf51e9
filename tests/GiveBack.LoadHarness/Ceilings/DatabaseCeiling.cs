using System.Diagnostics;
using System.Globalization;
using GiveBack.LoadHarness.Phases;
using Npgsql;

namespace GiveBack.LoadHarness.Ceilings;

/// <summary>
/// What the same PostgreSQL does with rows of the ledger's shape and nothing else: a scratch table made
/// <c>LIKE ledger_entries INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES</c> (so the same defaults, identity
/// sequence and unique indexes, but no triggers, foreign keys or checks), filled for the ceiling's seconds from
/// <c>--ceiling-connections</c> connections, first one row per transaction, then 100 rows per statement; dropped after.
/// </summary>
internal static class DatabaseCeiling
{
    public const int BatchRows = 100;

    private const string Columns =
        "id, kind, donor_id, campaign_id, amount, currency, received_on, recorded_at, method, anonymous, idempotency_key, idempotency_scope, request_hash, source";

    public static async Task<IReadOnlyList<PhaseFigures>> MeasureAsync(HarnessOptions options, string runId, TextWriter log, CancellationToken stop)
    {
        var table = $"load_ceiling_{runId}";
        var builder = new NpgsqlConnectionStringBuilder(options.Database) { MaxPoolSize = options.CeilingConnections + 2 };
        await using var source = NpgsqlDataSource.Create(builder.ConnectionString);
        await ExecuteAsync(source, $"CREATE TABLE {table} (LIKE ledger_entries INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)", stop);
        try
        {
            var single = await DriveAsync(source, options, $"ceiling: single-row INSERT, one transaction each ({options.CeilingConnections} connections)", 1,
                $"INSERT INTO {table} ({Columns}) VALUES (gen_random_uuid(), 'gift', gen_random_uuid(), @campaign, 500, 'EUR', current_date, now(), 'card', false, @key, @scope, md5(@key) || md5(@key), 'offline')",
                log, stop);
            var batched = await DriveAsync(source, options, $"ceiling: {BatchRows}-row INSERT ({options.CeilingConnections} connections)", BatchRows,
                $"INSERT INTO {table} ({Columns}) SELECT gen_random_uuid(), 'gift', gen_random_uuid(), @campaign, 500, 'EUR', current_date, now(), 'card', false, @key || '-' || n, @scope, md5(@key) || md5(n::text), 'offline' FROM generate_series(1, {BatchRows}) AS n",
                log, stop);
            return [single, batched];
        }
        finally
        {
            await ExecuteAsync(source, $"DROP TABLE IF EXISTS {table}", CancellationToken.None);
        }
    }

    private static async Task<PhaseFigures> DriveAsync(
        NpgsqlDataSource source, HarnessOptions options, string name, int rowsPerStatement, string sql, TextWriter log, CancellationToken stop)
    {
        var store = new OutcomeStore();
        var campaign = Guid.NewGuid();
        var spec = new PhaseSpec(name, options.CeilingConnections, null, TimeSpan.FromSeconds(options.CeilingSeconds), Measured: false);

        // One open connection per worker for the whole phase, as the host's pool keeps them.
        var connections = new System.Collections.Concurrent.ConcurrentBag<NpgsqlConnection>();
        for (var i = 0; i < options.CeilingConnections; i++)
        {
            connections.Add(await source.OpenConnectionAsync(stop));
        }

        try
        {
            var elapsed = await PhaseRunner.RunAsync(spec, 0, store, async (index, ct) =>
            {
                var started = Stopwatch.GetTimestamp();
                connections.TryTake(out var connection);
                try
                {
                    await using var command = new NpgsqlCommand(sql, connection);
                    command.Parameters.AddWithValue("campaign", campaign);
                    command.Parameters.AddWithValue("key", string.Create(CultureInfo.InvariantCulture, $"ceiling-{index}"));
                    command.Parameters.AddWithValue("scope", Guid.Empty);
                    await command.ExecuteNonQueryAsync(ct);
                    return new CallOutcome(200, Stopwatch.GetTimestamp() - started, null);
                }
                catch (NpgsqlException)
                {
                    return new CallOutcome(500, Stopwatch.GetTimestamp() - started, null);
                }
                finally
                {
                    connections.Add(connection!);
                }
            }, log, stop);
            var figures = PhaseStatistics.Of(name, spec.Concurrency, store.Slots(), elapsed);
            return figures with { PerSecond = figures.PerSecond * rowsPerStatement };
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlDataSource source, string sql, CancellationToken stop)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(stop);
    }
}
