using Microsoft.EntityFrameworkCore;

namespace GiveBack.Reports.Infrastructure;

internal static class ReportsNpgsql
{
    /// <summary>
    /// Npgsql with the reports' own migrations history table. No command timeout: a migration that backfills the rollups
    /// reads the whole ledger, which takes minutes at ten million gifts.
    /// </summary>
    public static DbContextOptionsBuilder UseReportsNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsHistoryTable(ReportsDbContext.MigrationsHistoryTable)
            .CommandTimeout(0));
}
