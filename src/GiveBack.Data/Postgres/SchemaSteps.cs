using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GiveBack.Data.Postgres;

/// <summary>How a module puts its part of the schema in front of the one <see cref="SchemaMigrator"/>.</summary>
public static class SchemaSteps
{
    /// <summary>
    /// A module's own context, the one way to add one: a pooled factory over the host's one data source, the module's
    /// own migrations history table, and its migrations run by the one migrator at start.
    /// </summary>
    public static IServiceCollection AddGiveBackDbContext<TContext>(this IServiceCollection services, string historyTable)
        where TContext : DbContext
    {
        services.AddPooledDbContextFactory<TContext>((provider, options) =>
            options.UseGiveBackNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), historyTable));
        return services.AddEfMigrations<TContext>();
    }

    /// <summary>Runs <typeparamref name="TContext"/>'s EF migrations at start (its factory must be registered).</summary>
    public static IServiceCollection AddEfMigrations<TContext>(this IServiceCollection services)
        where TContext : DbContext =>
        services.AddSingleton<SchemaStep, EfMigrationsStep<TContext>>();

    /// <summary>Applies <paramref name="sql"/> once per version (see <see cref="ScriptStep"/>) at start.</summary>
    public static IServiceCollection AddSchemaScript(this IServiceCollection services, string id, string sql) =>
        services.AddSingleton<SchemaStep>(new ScriptStep(id, sql));
}
