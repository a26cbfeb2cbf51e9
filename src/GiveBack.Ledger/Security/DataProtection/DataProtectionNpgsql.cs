using GiveBack.Ledger.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace GiveBack.Ledger.Security.DataProtection;

internal static class DataProtectionNpgsql
{
    /// <summary>Npgsql with the key ring's own migrations history table (each module keeps its own).</summary>
    public static DbContextOptionsBuilder UseDataProtectionNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseGiveBackNpgsql(dataSource, History);

    public static DbContextOptionsBuilder UseDataProtectionNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseGiveBackNpgsql(connectionString, History);

    private static void History(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(DataProtectionKeysDbContext.MigrationsHistoryTable);
}
