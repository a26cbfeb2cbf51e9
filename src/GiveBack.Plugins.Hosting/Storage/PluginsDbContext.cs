using GiveBack.Plugins.Hosting.Storage.Tables;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// The plugin host's own tables: settings, outbox cursors, deliveries, dead letters and the external ids CRM connectors
/// return. Same database as the ledger, own migrations history (<c>__plugins_migrations</c>). The ledger's
/// <c>outbox_messages</c> is read through SQL and never mapped here: a table belongs to one context.
/// </summary>
public sealed class PluginsDbContext(DbContextOptions<PluginsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__plugins_migrations";

    internal DbSet<PluginSetting> Settings => Set<PluginSetting>();

    internal DbSet<PluginCursor> Cursors => Set<PluginCursor>();

    internal DbSet<PluginDelivery> Deliveries => Set<PluginDelivery>();

    internal DbSet<PluginDeadLetter> DeadLetters => Set<PluginDeadLetter>();

    internal DbSet<PluginExternalId> ExternalIds => Set<PluginExternalId>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PluginsDbContext).Assembly);
    }
}
