using GiveBack.Constituents.Audit;
using GiveBack.Constituents.Erasure;
using GiveBack.Constituents.Relationships.Store;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents;

/// <summary>
/// The constituents module's own tables: the audit of personal data (<c>audit_entries</c>) what imports, merges and
/// erasures keep, and relationships (households, links, soft credits, matching gifts). Same database, own migrations history (<c>__constituents_migrations</c>); donors, gifts and the
/// rest stay with the modules that own them and are reached through their services.
/// </summary>
public sealed class ConstituentsDbContext(DbContextOptions<ConstituentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__constituents_migrations";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DonorErasureRecord> DonorErasures => Set<DonorErasureRecord>();

    public DbSet<HouseholdRecord> Households => Set<HouseholdRecord>();

    public DbSet<HouseholdMemberRecord> HouseholdMembers => Set<HouseholdMemberRecord>();

    public DbSet<DonorLinkRecord> DonorLinks => Set<DonorLinkRecord>();

    public DbSet<SoftCreditRecord> SoftCredits => Set<SoftCreditRecord>();

    public DbSet<MatchingGiftRecord> MatchingGifts => Set<MatchingGiftRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConstituentsDbContext).Assembly);
}
