using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Retention;

/// <summary>
/// Prunes what delivery to plugins leaves behind: delivered events in the ledger's outbox and the per-plugin records of
/// delivered events. Only the plugin host knows when an outbox event has been delivered, so the rule lives here.
/// </summary>
public sealed class PluginRetention(IDbContextFactory<PluginsDbContext> contexts, PluginRegistry registry)
{
    /// <summary>
    /// Deletes outbox events older than <paramref name="cutoff"/> that every ready CRM plugin has taken (its cursor is
    /// past them) and that no plugin still has pending, dead or dead-lettered: a plugin that is disabled or not yet
    /// configured does not hold events back, and gets only what is younger than the retention when it comes back.
    /// </summary>
    public async Task<int> PruneDeliveredOutboxAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var ready = registry.Plugins.Where(p => p.Ready && p.Connectors.Count > 0).Select(p => p.Id).ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            DELETE FROM outbox_messages WHERE id IN (
                SELECT o.id FROM outbox_messages o
                WHERE o.occurred_at < {cutoff}
                  AND o.id <= (SELECT coalesce(min(coalesce(c.last_outbox_id, 0)), 9223372036854775807)
                               FROM unnest({ready}::text[]) AS r(plugin_id)
                               LEFT JOIN plugin_cursors c ON c.plugin_id = r.plugin_id)
                  AND NOT EXISTS (SELECT 1 FROM plugin_deliveries d WHERE d.outbox_id = o.id AND d.status <> 'delivered')
                  AND NOT EXISTS (SELECT 1 FROM plugin_dead_letters l WHERE l.outbox_id = o.id AND l.replayed_at IS NULL)
                ORDER BY o.id
                LIMIT {batchSize})
            """,
            cancellationToken);
    }

    /// <summary>Deletes the records of deliveries made before <paramref name="cutoff"/>; pending and dead ones stay.</summary>
    public async Task<int> PruneDeliveryRecordsAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            DELETE FROM plugin_deliveries WHERE (plugin_id, outbox_id) IN (
                SELECT plugin_id, outbox_id FROM plugin_deliveries
                WHERE status = 'delivered' AND delivered_at < {cutoff}
                LIMIT {batchSize})
            """,
            cancellationToken);
    }
}
