using Microsoft.EntityFrameworkCore;

namespace GiveBack.Data.Settings;

/// <summary>Saves configuration keys set in the product, each change recorded with who made it, then reloads them.</summary>
public sealed class StoredSettings(
    IDbContextFactory<StoredSettingsDbContext> contexts, StoredSettingsConfigurationProvider configuration, TimeProvider clock)
{
    /// <summary>
    /// Stores <paramref name="values"/> (keys whose value is unchanged are left alone and not recorded) in one transaction,
    /// then reloads the configuration on this host. Returns the changes made.
    /// </summary>
    public async Task<IReadOnlyList<StoredSettingChange>> SaveAsync(
        IReadOnlyDictionary<string, string> values, string changedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var now = clock.GetUtcNow();
        var changes = new List<StoredSettingChange>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Two people saving at once each record the value they replaced: the second waits for the first's rows.
            var keys = values.Keys.ToList();
            var stored = await db.Settings.FromSql($"SELECT * FROM stored_settings WHERE key = ANY({keys}) FOR UPDATE")
                .ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
            foreach (var (key, value) in values)
            {
                var current = stored.GetValueOrDefault(key);
                if (current?.Value == value)
                {
                    continue;
                }

                changes.Add(new StoredSettingChange { Key = key, OldValue = current?.Value, NewValue = value, ChangedAt = now, ChangedBy = changedBy });
                if (current is null)
                {
                    db.Settings.Add(new StoredSetting { Key = key, Value = value, ChangedAt = now, ChangedBy = changedBy });
                }
                else
                {
                    (current.Value, current.ChangedAt, current.ChangedBy) = (value, now, changedBy);
                }
            }

            db.Changes.AddRange(changes);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        configuration.Reload();
        return changes;
    }

    /// <summary>The newest <paramref name="limit"/> changes of <paramref name="keys"/>, newest first.</summary>
    public async Task<IReadOnlyList<StoredSettingChange>> ChangesAsync(IReadOnlyCollection<string> keys, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Changes.AsNoTracking().Where(c => keys.Contains(c.Key))
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
