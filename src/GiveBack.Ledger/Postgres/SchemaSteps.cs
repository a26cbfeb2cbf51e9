using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Ledger.Postgres;

/// <summary>How a module puts its part of the schema in front of the one <see cref="SchemaMigrator"/>.</summary>
public static class SchemaSteps
{
    /// <summary>Runs <typeparamref name="TContext"/>'s EF migrations at start (its factory must be registered).</summary>
    public static IServiceCollection AddEfMigrations<TContext>(this IServiceCollection services)
        where TContext : DbContext =>
        services.AddSingleton<SchemaStep, EfMigrationsStep<TContext>>();

    /// <summary>Applies <paramref name="sql"/> once per version (see <see cref="ScriptStep"/>) at start.</summary>
    public static IServiceCollection AddSchemaScript(this IServiceCollection services, string id, string sql) =>
        services.AddSingleton<SchemaStep>(new ScriptStep(id, sql));
}
