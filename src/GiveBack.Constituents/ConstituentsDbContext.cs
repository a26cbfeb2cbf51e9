using GiveBack.Constituents.Audit;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents;

/// <summary>
/// The constituents module's own tables: the audit of personal data (<c>audit_entries</c>) and what imports, merges
/// and erasures keep. Same database, own migrations history (<c>__constituents_migrations</c>); donors, gifts and the
/// rest stay with the modules that own them and are reached through their services.
/// </summary>
public sealed class ConstituentsDbContext(DbContextOptions<ConstituentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__constituents_migrations";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConstituentsDbContext).Assembly);
}
