using GiveBack.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace GiveBack.Reports.Infrastructure;

internal static class ReportsNpgsql
{
    /// <summary>
    /// Npgsql with the reports' own migrations history table. No command timeout: a migration that backfills the rollups
    /// reads the whole ledger, which takes minutes at ten million gifts.
    /// </summary>
    public static DbContextOptionsBuilder UseReportsNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseGiveBackNpgsql(dataSource, History);

    public static DbContextOptionsBuilder UseReportsNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseGiveBackNpgsql(connectionString, History);

    private static void History(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(ReportsDbContext.MigrationsHistoryTable).CommandTimeout(0);
}
