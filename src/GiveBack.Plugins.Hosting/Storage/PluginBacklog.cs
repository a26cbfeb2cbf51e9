using GiveBack.Plugins.Hosting.Registry;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// How far plugin delivery is behind, for monitoring: when the oldest outbox event that some delivering plugin has not
/// yet taken (or is still retrying) happened, and how many dead letters are open. Only plugins that deliver (loaded,
/// enabled, with a CRM connector) count: a plugin switched off is not late.
/// </summary>
public sealed class PluginBacklog(PluginRegistry registry, IDbContextFactory<PluginsDbContext> contexts)
{
    public async Task<PluginBacklogReading> ReadAsync(CancellationToken cancellationToken)
    {
        var delivering = registry.Plugins.Where(p => p.Ready && p.Connectors.Count > 0).Select(p => p.Id).ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deadLetters = await db.DeadLetters.CountAsync(l => l.ReplayedAt == null, cancellationToken);
        if (delivering.Length == 0)
        {
            return new PluginBacklogReading(null, deadLetters);
        }

        // Behind a cursor: everything after the slowest plugin's cursor; retrying: pending deliveries (dead ones are
        // counted as dead letters, not as lag).
        var oldest = await db.Database.SqlQuery<DateTimeOffset?>(
            $"""
            SELECT least(
                (SELECT min(o.occurred_at) FROM outbox_messages o
                 WHERE o.id > (SELECT coalesce(min(c.last_outbox_id), 0) FROM plugin_cursors c WHERE c.plugin_id = ANY({delivering}))),
                (SELECT min(o.occurred_at) FROM plugin_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id
                 WHERE d.status = 'pending' AND d.plugin_id = ANY({delivering}))) AS "Value"
            """)
            .ToListAsync(cancellationToken);
        return new PluginBacklogReading(oldest.SingleOrDefault(), deadLetters);
    }
}
