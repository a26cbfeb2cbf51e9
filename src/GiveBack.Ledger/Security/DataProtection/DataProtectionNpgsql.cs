using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Security.DataProtection;

internal static class DataProtectionNpgsql
{
    /// <summary>Npgsql with the key ring's own migrations history table (each module keeps its own).</summary>
    public static DbContextOptionsBuilder UseDataProtectionNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(DataProtectionKeysDbContext.MigrationsHistoryTable));
}
