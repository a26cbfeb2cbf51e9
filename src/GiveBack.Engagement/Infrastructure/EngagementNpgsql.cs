using GiveBack.Ledger.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace GiveBack.Engagement.Infrastructure;

internal static class EngagementNpgsql
{
    /// <summary>Npgsql with the engagement's own migrations history table: two contexts share the database, not the history.</summary>
    public static DbContextOptionsBuilder UseEngagementNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseGiveBackNpgsql(dataSource, History);

    public static DbContextOptionsBuilder UseEngagementNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseGiveBackNpgsql(connectionString, History);

    private static void History(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(EngagementDbContext.MigrationsHistoryTable);
}
