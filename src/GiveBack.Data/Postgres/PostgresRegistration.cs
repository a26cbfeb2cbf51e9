using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiveBack.Data.Postgres;

public static class PostgresRegistration
{
    /// <summary>
    /// The data spine: the connection string is read here and nowhere else, one <see cref="NpgsqlDataSource"/> (one
    /// pool) serves every DbContext, raw connection, Quartz and the plugin host, and <see cref="SchemaMigrator"/> brings
    /// the schema up to date before any other service starts. Safe to call more than once.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackPostgres(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(SchemaMigrator)))
        {
            return builder;
        }

        var connectionString = ConnectionString(builder.Configuration);
        builder.Services.AddOptions<DatabaseOptions>()
            .Configure(o => o.ConnectionString = connectionString)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Resolved lazily: a host without a connection string stops at DatabaseOptions' validation message first.
        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SchemaMigrator>());
        return builder;
    }

    /// <summary>
    /// A second pool on the same database, for work whose sessions need their own settings (the reports' statement
    /// timeout and work memory) without lending them to the gift path's connections. It is keyed by <paramref name="key"/>
    /// and built from the same connection string (<see cref="DatabaseOptions"/>), tuned by <paramref name="tune"/>; the
    /// string is not read again.
    /// </summary>
    public static IServiceCollection AddGiveBackDataSource(
        this IServiceCollection services, string key, Action<NpgsqlConnectionStringBuilder, IServiceProvider> tune) =>
        services.AddKeyedSingleton(key, (provider, _) =>
        {
            var connection = new NpgsqlConnectionStringBuilder(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);
            tune(connection, provider);
            return NpgsqlDataSource.Create(connection);
        });

    /// <summary>
    /// <c>ConnectionStrings:GiveBack</c> (the launcher maps <c>GIVEBACK_DB</c> onto it). Public only for what cannot take
    /// the data source: the Orleans ADO.NET providers, which build their own connections from a string.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? string.Empty;
}
