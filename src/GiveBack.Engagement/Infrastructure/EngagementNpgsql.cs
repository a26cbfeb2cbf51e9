using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Infrastructure;

internal static class EngagementNpgsql
{
    /// <summary>Npgsql with the engagement's own migrations history table: two contexts share the database, not the history.</summary>
    public static DbContextOptionsBuilder UseEngagementNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(EngagementDbContext.MigrationsHistoryTable));
}
