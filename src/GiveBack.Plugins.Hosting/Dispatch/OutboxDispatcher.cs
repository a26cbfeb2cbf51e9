using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using GiveBack.Resilience;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Dispatch;

/// <summary>
/// Delivers the ledger's outbox to every enabled plugin that has a CRM connector. Each plugin has its own loop, so a
/// plugin that throws, hangs or is disabled never delays another. Across hosts, a per-plugin advisory lock makes one
/// host at a time deliver to a given plugin.
/// </summary>
internal sealed partial class OutboxDispatcher(
    PluginRegistry registry, IDbContextFactory<PluginsDbContext> contexts, PluginDeliveryCycle cycle,
    IOptions<PluginHostOptions> options, TimeProvider timeProvider, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchEnabled)
        {
            return;
        }

        var loops = registry.Plugins
            .Where(p => p.State == PluginState.Loaded && p.Connectors.Count > 0)
            .Select(p => Task.Run(() => RunLoopAsync(p, stoppingToken), CancellationToken.None))
            .ToList();
        await Task.WhenAll(loops);
    }

    private async Task RunLoopAsync(PluginEntry plugin, CancellationToken stopping)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(plugin, stopping);
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is down or the outbox table is not there yet: keep trying, more slowly.
                failures++;
                LogCycleFailed(plugin.Id, ex.Message);
            }

            try
            {
                var wait = failures == 0
                    ? options.Value.PollInterval
                    : Backoff.After(failures, options.Value.PollInterval, TimeSpan.FromSeconds(30));
                await Task.Delay(wait, timeProvider, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(PluginEntry plugin, CancellationToken stopping)
    {
        await using var db = await contexts.CreateDbContextAsync(stopping);
        // One connection for the whole cycle: the advisory lock below belongs to the session that takes it.
        await db.Database.OpenConnectionAsync(stopping);
        var changesBeforeRead = plugin.Changes;
        var status = await PluginSettingsStore.ReadAsync(db, plugin.Id, stopping);
        plugin.Refresh(changesBeforeRead, status);
        // A plugin missing a required setting is not called: its cursor stays put, so its events wait until configured.
        if (plugin.Ready && await TryLockAsync(db, plugin.Id, stopping))
        {
            try
            {
                await cycle.RunAsync(db, plugin, stopping);
            }
            finally
            {
                await UnlockAsync(db, plugin.Id);
            }
        }

        plugin.CycleCompleted();
    }

    private static async Task<bool> TryLockAsync(PluginsDbContext db, string pluginId, CancellationToken stopping)
    {
        var locked = await db.Database
            .SqlQuery<bool>($"""SELECT pg_try_advisory_lock({LockSpace}, {StableHash(pluginId)}) AS "Value" """)
            .ToListAsync(stopping);
        return locked.Single();
    }

    private static async Task UnlockAsync(PluginsDbContext db, string pluginId) =>
        await db.Database
            .SqlQuery<bool>($"""SELECT pg_advisory_unlock({LockSpace}, {StableHash(pluginId)}) AS "Value" """)
            .ToListAsync(CancellationToken.None);

    private const int LockSpace = 0x4742_504C; // "GBPL"

    // string.GetHashCode is randomised per process; every host must agree on the lock key.
    private static int StableHash(string value)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in value.ToUpperInvariant())
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery loop of plugin {PluginId} failed and will retry: {Error}")]
    private partial void LogCycleFailed(string pluginId, string error);
}
