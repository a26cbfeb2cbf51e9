using GiveBack.Cluster;

namespace GiveBack.Server.Hosting;

internal static class SiloRegistration
{
    /// <summary>
    /// This process is an Orleans silo whose membership and grain state live in PostgreSQL: a second host
    /// pointed at the same database and ClusterId joins the same cluster.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackSilo(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GiveBackClusterOptions.SectionName);
        builder.UseOrleans(silo => silo.UseGiveBackPostgres(options =>
        {
            section.Bind(options);
            if (string.IsNullOrEmpty(options.ConnectionString))
            {
                // One database for everything unless the operator splits the cluster out.
                options.ConnectionString = builder.Configuration.GetConnectionString("GiveBack") ?? string.Empty;
            }
        }));
        return builder;
    }
}
