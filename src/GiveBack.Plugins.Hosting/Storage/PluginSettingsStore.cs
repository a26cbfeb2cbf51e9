using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage.Tables;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// <c>plugin_settings</c>: the enabled flag (shared by every host, so enable/disable needs no restart anywhere) and
/// each plugin's delivery record (last success, last failure, consecutive failures).
/// </summary>
public sealed class PluginSettingsStore(IDbContextFactory<PluginsDbContext> contexts, TimeProvider timeProvider)
{
    public async Task<IReadOnlyDictionary<string, PluginStatus>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = new Dictionary<string, PluginStatus>(StringComparer.OrdinalIgnoreCase);
        await foreach (var setting in db.Settings.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // Ids differing only in case are one plugin: the last row read wins, as it always has.
            result[setting.PluginId] = StatusOf(setting);
        }

        return result;
    }

    internal static async Task<PluginStatus> ReadAsync(PluginsDbContext db, string pluginId, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.PluginId == pluginId, cancellationToken);
        return setting is null ? PluginStatus.Initial : StatusOf(setting);
    }

    public async Task SetEnabledAsync(string pluginId, bool enabled, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO plugin_settings (plugin_id, enabled, updated_at) VALUES ({pluginId}, {enabled}, {timeProvider.GetUtcNow()})
            ON CONFLICT (plugin_id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at
            """,
            cancellationToken);
    }

    internal static Task RecordSuccessAsync(PluginsDbContext db, string pluginId, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO plugin_settings (plugin_id, updated_at, last_success_at, consecutive_failures) VALUES ({pluginId}, {at}, {at}, 0)
            ON CONFLICT (plugin_id) DO UPDATE SET last_success_at = excluded.last_success_at, consecutive_failures = 0
            """,
            cancellationToken);

    internal static Task RecordFailureAsync(
        PluginsDbContext db, string pluginId, DateTimeOffset at, string error, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO plugin_settings (plugin_id, updated_at, last_failure_at, last_error, consecutive_failures)
            VALUES ({pluginId}, {at}, {at}, {error}, 1)
            ON CONFLICT (plugin_id) DO UPDATE SET last_failure_at = excluded.last_failure_at, last_error = excluded.last_error,
                consecutive_failures = plugin_settings.consecutive_failures + 1
            """,
            cancellationToken);

    private static PluginStatus StatusOf(PluginSetting setting) => new(
        setting.Enabled, setting.LastSuccessAt, setting.LastFailureAt, setting.LastError, setting.ConsecutiveFailures);
}
