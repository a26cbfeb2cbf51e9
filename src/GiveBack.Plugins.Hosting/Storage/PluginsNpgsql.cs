using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// How <see cref="PluginsDbContext"/> talks to PostgreSQL: the conventions of every GiveBack context (snake_case names,
/// a history table of its own; see GiveBack.Ledger's <c>GiveBackNpgsql</c>, which the plugin host does not reference).
/// </summary>
public static class PluginsNpgsql
{
    /// <summary>The host's path: its one data source, so the plugin host shares the pool of every other context.</summary>
    public static DbContextOptionsBuilder UsePluginsNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, History).UsePluginsConventions();

    /// <summary>Outside a host (design time, tests that migrate by hand): the same model from a connection string.</summary>
    public static DbContextOptionsBuilder UsePluginsNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, History).UsePluginsConventions();

    // The host writes through SQL and ExecuteUpdate, never SaveChanges: tracking what it reads would only cost.
    private static DbContextOptionsBuilder UsePluginsConventions(this DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention().UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);

    private static void History(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(PluginsDbContext.MigrationsHistoryTable);
}
