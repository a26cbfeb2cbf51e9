using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Hosting.Dispatch;
using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Sync;

/// <summary>
/// Pulls constituents and their external ids back from a plugin's CRM connector, incrementally: the cursor the
/// connector returns is stored in <c>plugin_cursors.pull_cursor</c> and handed back next time. The links land in
/// <c>plugin_external_ids</c>. Meant to be run by a scheduled job (e.g. the nightly CRM sync).
/// </summary>
public sealed class ConstituentSync(
    PluginRegistry registry, IDbContextFactory<PluginsDbContext> contexts, IOptions<PluginHostOptions> options, TimeProvider timeProvider)
{
    private const int MaxPagesPerRun = 100;

    /// <summary>Pulls until the connector has nothing more; returns how many constituents were stored.</summary>
    /// <exception cref="InvalidOperationException">The plugin is unknown, not loaded, disabled, needs configuration, or the pull failed.</exception>
    public async Task<int> PullAsync(string pluginId, int pageSize, CancellationToken cancellationToken)
    {
        var plugin = registry.Find(pluginId);
        if (plugin is not { Ready: true } || plugin.Connectors.Count == 0)
        {
            throw new InvalidOperationException($"Plugin {pluginId} is not a loaded, enabled and configured CRM connector.");
        }

        var connector = plugin.Connectors[0];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = 0;
        for (var page = 0; page < MaxPagesPerRun; page++)
        {
            var cursor = (await PluginCursors.ReadAsync(db, plugin.Id, cancellationToken)).PullCursor;
            var (result, error) = await PluginInvoker.InvokeAsync(
                token => connector.PullConstituentsAsync(cursor, pageSize, token), options.Value.Timeout, timeProvider,
                cancellationToken);
            if (error is not null || result is null)
            {
                throw new InvalidOperationException($"Pull from plugin {plugin.Id} failed: {error ?? "no page returned"}");
            }

            total += await StoreAsync(db, plugin.Id, result, cancellationToken);
            if (!result.HasMore)
            {
                break;
            }
        }

        return total;
    }

    /// <summary>
    /// Stores a page's links in one statement (the page as arrays, unnested) and moves the pull cursor, together. A
    /// connector that returns an external id twice in a page has its last entry kept.
    /// </summary>
    private async Task<int> StoreAsync(PluginsDbContext db, string pluginId, ConstituentPage page, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var links = page.Constituents.GroupBy(c => c.ExternalId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var externalIds = links.Select(c => c.ExternalId).ToArray();
        var donorIds = links.Select(c => c.DonorId).ToArray();
        var emails = links.Select(c => c.Email).ToArray();
        var firstNames = links.Select(c => c.FirstName).ToArray();
        var lastNames = links.Select(c => c.LastName).ToArray();
        var modifiedAt = links.Select(c => c.ModifiedAt).ToArray();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO plugin_external_ids (plugin_id, external_id, donor_id, email, first_name, last_name, modified_at, pulled_at)
            SELECT {pluginId}, l.external_id, l.donor_id, l.email, l.first_name, l.last_name, l.modified_at, {now}
            FROM unnest({externalIds}::text[], {donorIds}::uuid[], {emails}::text[], {firstNames}::text[], {lastNames}::text[],
                        {modifiedAt}::timestamptz[])
                AS l(external_id, donor_id, email, first_name, last_name, modified_at)
            ON CONFLICT (plugin_id, external_id) DO UPDATE SET donor_id = excluded.donor_id, email = excluded.email,
                first_name = excluded.first_name, last_name = excluded.last_name,
                modified_at = excluded.modified_at, pulled_at = excluded.pulled_at
            """,
            cancellationToken);

        if (page.NextCursor is not null)
        {
            await db.Cursors
                .Where(c => c.PluginId == pluginId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.PullCursor, page.NextCursor).SetProperty(c => c.PulledAt, now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return page.Constituents.Count;
    }
}
