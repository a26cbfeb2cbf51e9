using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using NpgsqlTypes;

namespace GiveBack.Data.Postgres;

/// <summary>
/// How every GiveBack DbContext talks to PostgreSQL: through the host's one <see cref="NpgsqlDataSource"/>, with
/// PostgreSQL's own naming (snake_case tables, columns, keys and indexes) so hand-written SQL reads naturally.
/// </summary>
public static class GiveBackNpgsql
{
    /// <summary>The host's path: the shared data source, one pool for every context and raw connection.</summary>
    public static DbContextOptionsBuilder UseGiveBackNpgsql(
        this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, Action<NpgsqlDbContextOptionsBuilder>? npgsql = null) =>
        options.UseNpgsql(dataSource, npgsql).UseSnakeCaseNamingConvention();

    /// <summary>Outside a host (design time, tests that build a context by hand): the same model from a connection string.</summary>
    public static DbContextOptionsBuilder UseGiveBackNpgsql(
        this DbContextOptionsBuilder options, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? npgsql = null) =>
        options.UseNpgsql(connectionString, npgsql).UseSnakeCaseNamingConvention();

    /// <inheritdoc cref="UseGiveBackNpgsql(DbContextOptionsBuilder, string, Action{NpgsqlDbContextOptionsBuilder}?)"/>
    public static DbContextOptionsBuilder<TContext> UseGiveBackNpgsql<TContext>(
        this DbContextOptionsBuilder<TContext> options, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? npgsql = null)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)options).UseGiveBackNpgsql(connectionString, npgsql);

    /// <summary>
    /// A module's context: the shared data source and the module's own migrations history table (the contexts share
    /// the database, not the history).
    /// </summary>
    public static DbContextOptionsBuilder UseGiveBackNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string historyTable) =>
        options.UseGiveBackNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(historyTable));

    /// <inheritdoc cref="UseGiveBackNpgsql(DbContextOptionsBuilder, NpgsqlDataSource, string)"/>
    public static DbContextOptionsBuilder UseGiveBackNpgsql(this DbContextOptionsBuilder options, string connectionString, string historyTable) =>
        options.UseGiveBackNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(historyTable));

    /// <summary>
    /// A named, typed parameter for <c>Database.SqlQueryRaw</c> and <c>ExecuteSqlRawAsync</c>, the house's style for SQL
    /// EF cannot write: the type lets PostgreSQL read a null (<c>@stage IS NULL OR …</c>), which an untyped one cannot.
    /// </summary>
    public static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };

    /// <summary>
    /// The database <c>dotnet ef</c> builds models against: <c>GIVEBACK_DB</c> when set, else a local name (adding a
    /// migration needs no server at all).
    /// </summary>
    public static string DesignTimeConnectionString =>
        Environment.GetEnvironmentVariable("GIVEBACK_DB") ?? "Host=127.0.0.1;Database=giveback_design";
}
