using GiveBack.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Reports;

/// <summary>
/// The reports' own tables (the rollups and their settings) and the trigger on <c>ledger_entries</c> that keeps them.
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportsDbContext).Assembly);
    }
}
