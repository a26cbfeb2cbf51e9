using GiveBack.Cluster;
using GiveBack.Data.Postgres;

namespace GiveBack.Server.Hosting;

internal static class SiloRegistration
{
    /// <summary>
    /// This process is an Orleans silo whose membership and grain state live in PostgreSQL: a second host
    /// pointed at the same database and ClusterId joins the same cluster. The providers' tables and query rows are
    /// versioned steps of the host's schema migrator, which runs before the silo starts.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackSilo(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GiveBackClusterOptions.SectionName);
        builder.UseOrleans(silo => silo.UseGiveBackPostgres(options =>
        {
            section.Bind(options);
            if (string.IsNullOrEmpty(options.ConnectionString))
            {
                // One database for everything unless the operator splits the cluster out. The ADO.NET providers
                // cannot take the shared NpgsqlDataSource (they make connections from a string through a fixed
                // invariant-to-factory map), so they get the string from the one place it is read.
                options.ConnectionString = PostgresRegistration.ConnectionString(builder.Configuration);
            }
        }));
        foreach (var (name, sql) in OrleansSchema.Scripts)
        {
            builder.Services.AddSchemaScript($"orleans/{name}", sql);
        }

        return builder;
    }
}
