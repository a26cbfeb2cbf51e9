using GiveBack.Plugins.Hosting.Registry;
using Npgsql;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// <c>plugin_settings</c>: the enabled flag (shared by every host, so enable/disable needs no restart anywhere) and
/// each plugin's delivery record (last success, last failure, consecutive failures).
/// </summary>
public sealed class PluginSettingsStore(PluginDatabase database, TimeProvider timeProvider)
{
    private const string SelectColumns =
        "plugin_id, enabled, last_success_at, last_failure_at, last_error, consecutive_failures";

    public async Task<IReadOnlyDictionary<string, PluginStatus>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {SelectColumns} FROM plugin_settings", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new Dictionary<string, PluginStatus>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = ReadStatus(reader);
        }

        return result;
    }

    internal static async Task<PluginStatus> ReadAsync(NpgsqlConnection connection, string pluginId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {SelectColumns} FROM plugin_settings WHERE plugin_id = @id", connection).With("id", pluginId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadStatus(reader) : PluginStatus.Initial;
    }

    public async Task SetEnabledAsync(string pluginId, bool enabled, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO plugin_settings (plugin_id, enabled, updated_at) VALUES (@id, @enabled, @now)
            ON CONFLICT (plugin_id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at
            """,
            cancellationToken, ("id", pluginId), ("enabled", enabled), ("now", timeProvider.GetUtcNow()));
    }

    internal static Task RecordSuccessAsync(NpgsqlConnection connection, string pluginId, DateTimeOffset at, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            """
            INSERT INTO plugin_settings (plugin_id, updated_at, last_success_at, consecutive_failures) VALUES (@id, @at, @at, 0)
            ON CONFLICT (plugin_id) DO UPDATE SET last_success_at = @at, consecutive_failures = 0
            """,
            cancellationToken, ("id", pluginId), ("at", at));

    internal static Task RecordFailureAsync(
        NpgsqlConnection connection, string pluginId, DateTimeOffset at, string error, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            """
            INSERT INTO plugin_settings (plugin_id, updated_at, last_failure_at, last_error, consecutive_failures)
            VALUES (@id, @at, @at, @error, 1)
            ON CONFLICT (plugin_id) DO UPDATE SET last_failure_at = @at, last_error = @error,
                consecutive_failures = plugin_settings.consecutive_failures + 1
            """,
            cancellationToken, ("id", pluginId), ("at", at), ("error", error));

    private static PluginStatus ReadStatus(NpgsqlDataReader reader) => new(
        reader.GetBoolean(1),
        reader.GetNullable<DateTimeOffset?>(2),
        reader.GetNullable<DateTimeOffset?>(3),
        reader.GetNullable<string>(4),
        reader.GetInt32(5));
}
