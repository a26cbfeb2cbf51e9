using GiveBack.Reports.Rollups;
using GiveBack.Reports.Segments;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Reports;

/// <summary>
/// The reports' own tables (the rollups and their settings, the saved segments) and the trigger on <c>ledger_entries</c> that keeps them.
/// Same database as the ledger, own migrations history (<c>__reports_migrations</c>); migrated after the ledger.
/// Reports read through SQL statements on this context (<c>Database.SqlQueryRaw</c>), over the reports' own pool
/// (<see cref="Infrastructure.ReportsDatabase"/>).
/// </summary>
public sealed class ReportsDbContext(DbContextOptions<ReportsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__reports_migrations";

    public DbSet<DonorGivingTotal> DonorGivingTotals => Set<DonorGivingTotal>();

    public DbSet<DonorFiscalYearGiving> DonorFiscalYearGiving => Set<DonorFiscalYearGiving>();

    public DbSet<ReportsSettings> Settings => Set<ReportsSettings>();

    public DbSet<SavedSegment> SavedSegments => Set<SavedSegment>();

    public DbSet<SavedSegmentMember> SavedSegmentMembers => Set<SavedSegmentMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportsDbContext).Assembly);
    }
}
