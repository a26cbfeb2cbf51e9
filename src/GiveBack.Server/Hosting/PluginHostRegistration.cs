using GiveBack.Ledger.Postgres;
using GiveBack.Plugins.Hosting;
using GiveBack.Plugins.Hosting.Storage;

namespace GiveBack.Server.Hosting;

internal static class PluginHostRegistration
{
    /// <summary>
    /// The plugin host, its tables a step of the host's schema migrator (its EF migrations). The plugin host library
    /// stays free of the ledger: it takes the data source from the container and leaves running its migrations to
    /// whoever composes it.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackPluginHost(this IHostApplicationBuilder builder)
    {
        builder.AddGiveBackPlugins();
        builder.Services.AddEfMigrations<PluginsDbContext>();
        return builder;
    }
}
