using Npgsql;

namespace GiveBack.Testing.Hostile;

/// <summary>
/// A digest of every business table (donors, gifts, pledges, campaigns, keys, activities, outbox…), to tell whether a
/// request changed anything. The tables the host's own machinery writes on its own schedule (the Orleans, Quartz and
/// plugin-delivery bookkeeping, job runs, migration histories) are left out.
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly string[] MachineryPrefixes = ["qrtz_", "orleans", "plugin_", "job_runs", "__", "data_protection"];

    public static async Task<string> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var name = reader.GetString(0);
                if (!MachineryPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    tables.Add(name);
                }
            }
        }

        var sql = string.Join(" || '/' || ", tables.Select(t =>
            $"(SELECT '{t}:' || count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM \"{t}\" x)"));
        await using var digest = new NpgsqlCommand($"SELECT {sql}", connection);
        return (string)(await digest.ExecuteScalarAsync())!;
    }
}
