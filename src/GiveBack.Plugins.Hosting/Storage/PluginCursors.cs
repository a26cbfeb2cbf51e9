using GiveBack.Plugins.Hosting.Storage.Tables;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary><c>plugin_cursors</c>: one row per plugin, made on first use, read by delivery and by the constituent pull.</summary>
internal static class PluginCursors
{
    /// <summary>The plugin's cursor row, created at the start of the outbox when missing, in one round trip.</summary>
    public static async Task<PluginCursor> ReadAsync(PluginsDbContext db, string pluginId, CancellationToken cancellationToken)
    {
        var rows = await db.Cursors
            .FromSql($"""
                INSERT INTO plugin_cursors (plugin_id) VALUES ({pluginId}) ON CONFLICT (plugin_id) DO NOTHING;
                SELECT plugin_id, last_outbox_id, pull_cursor, pulled_at FROM plugin_cursors WHERE plugin_id = {pluginId}
                """)
            .ToListAsync(cancellationToken);
        return rows.Single();
    }
}
