using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Hosting.Dispatch;
using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiveBack.Plugins.Hosting.Sync;

/// <summary>
/// Pulls constituents and their external ids back from a plugin's CRM connector, incrementally: the cursor the
/// connector returns is stored in <c>plugin_cursors.pull_cursor</c> and handed back next time. The links land in
/// <c>plugin_external_ids</c>. Meant to be run by a scheduled job (e.g. the nightly CRM sync).
/// </summary>
public sealed class ConstituentSync(
    PluginRegistry registry, PluginDatabase database, IOptions<PluginHostOptions> options, TimeProvider timeProvider)
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
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = 0;
        for (var page = 0; page < MaxPagesPerRun; page++)
        {
            var cursor = await ReadCursorAsync(connection, plugin.Id, cancellationToken);
            var (result, error) = await PluginInvoker.InvokeAsync(
                token => connector.PullConstituentsAsync(cursor, pageSize, token), options.Value.Timeout, timeProvider,
                cancellationToken);
            if (error is not null || result is null)
            {
                throw new InvalidOperationException($"Pull from plugin {plugin.Id} failed: {error ?? "no page returned"}");
            }

            total += await StoreAsync(connection, plugin.Id, result, cancellationToken);
            if (!result.HasMore)
            {
                break;
            }
        }

        return total;
    }

    private static async Task<string?> ReadCursorAsync(NpgsqlConnection connection, string pluginId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO plugin_cursors (plugin_id) VALUES (@id) ON CONFLICT (plugin_id) DO NOTHING;
            SELECT pull_cursor FROM plugin_cursors WHERE plugin_id = @id
            """, connection).With("id", pluginId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task<int> StoreAsync(NpgsqlConnection connection, string pluginId, ConstituentPage page, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var c in page.Constituents)
        {
            await using var upsert = new NpgsqlCommand(
                """
                INSERT INTO plugin_external_ids (plugin_id, external_id, donor_id, email, first_name, last_name, modified_at, pulled_at)
                VALUES (@plugin, @external, @donor, @email, @first, @last, @modified, @now)
                ON CONFLICT (plugin_id, external_id) DO UPDATE SET donor_id = excluded.donor_id, email = excluded.email,
                    first_name = excluded.first_name, last_name = excluded.last_name,
                    modified_at = excluded.modified_at, pulled_at = excluded.pulled_at
                """, connection, transaction);
            await upsert.With("plugin", pluginId).With("external", c.ExternalId).With("donor", c.DonorId)
                .With("email", c.Email).With("first", c.FirstName).With("last", c.LastName)
                .With("modified", c.ModifiedAt).With("now", now).ExecuteNonQueryAsync(cancellationToken);
        }

        if (page.NextCursor is not null)
        {
            await using var cursor = new NpgsqlCommand(
                "UPDATE plugin_cursors SET pull_cursor = @cursor, pulled_at = @now WHERE plugin_id = @id",
                connection, transaction);
            await cursor.With("cursor", page.NextCursor).With("now", now).With("id", pluginId).ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return page.Constituents.Count;
    }
}
