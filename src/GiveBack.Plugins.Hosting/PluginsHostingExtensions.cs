using GiveBack.Plugins.Hosting.Dispatch;
using GiveBack.Plugins.Hosting.Loading;
using GiveBack.Plugins.Hosting.Outreach;
using GiveBack.Plugins.Hosting.Api;
using GiveBack.Plugins.Hosting.Registry;
using GiveBack.Plugins.Hosting.Retention;
using GiveBack.Plugins.Hosting.Storage;
using GiveBack.Plugins.Hosting.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiveBack.Plugins.Hosting;

/// <summary>Registration of the plugin host.</summary>
public static class PluginsHostingExtensions
{
    /// <summary>
    /// Adds the plugin registry (plugins loaded from <c>Plugins:Directory</c> on first use), the outbox dispatcher,
    /// <see cref="PluginChannels"/> and <see cref="ConstituentSync"/>. Map the API with <c>MapPluginsApi</c>.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackPlugins(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PluginHostOptions>()
            .BindConfiguration(PluginHostOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddSingleton<PluginFolderLoader>();
        services.AddSingleton(sp => new PluginRegistry(
            sp.GetRequiredService<IOptions<PluginHostOptions>>(),
            sp.GetRequiredService<PluginFolderLoader>(),
            sp.GetRequiredService<ILogger<PluginRegistry>>()));
        // Over the host's one data source (registered by whoever composes the host, with the schema migrations).
        services.AddPooledDbContextFactory<PluginsDbContext>((provider, options) =>
            options.UsePluginsNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<PluginSettingsStore>();
        services.AddSingleton<DeadLetterStore>();
        services.AddSingleton<PluginBacklog>();
        services.AddSingleton<PluginDesk>();
        services.AddSingleton<PluginDeliveryCycle>();
        services.AddSingleton<PluginChannels>();
        services.AddSingleton<ConstituentSync>();
        services.AddSingleton<PluginRetention>();
        services.AddSingleton<PluginDonorRecords>();
        services.AddHostedService<OutboxDispatcher>();
        return builder;
    }
}
