using GiveBack.Outreach.Queue;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Outreach;

/// <summary>
/// The outreach module's own table, the queue of messages to donors (<c>outreach_messages</c>). Same database, own
/// migrations history (<c>__outreach_migrations</c>); other modules queue through <c>IOutreachOutbox</c>, never the table.
/// </summary>
public sealed class OutreachDbContext(DbContextOptions<OutreachDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__outreach_migrations";

    public DbSet<OutreachMessageRecord> OutreachMessages => Set<OutreachMessageRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OutreachDbContext).Assembly);
}
