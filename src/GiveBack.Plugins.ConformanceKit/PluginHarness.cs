using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GiveBack.Plugins.ConformanceKit;

/// <summary>
/// Runs a plugin's registration the way the host does (same services offered: configuration section, logging,
/// IHttpClientFactory, TimeProvider), in the test's own process, so a plugin author can test without a host.
/// </summary>
public sealed class PluginHarness : IDisposable
{
    private readonly ServiceProvider _services;

    private PluginHarness(ServiceProvider services) => _services = services;

    public IReadOnlyList<ICrmConnector> Connectors => [.. _services.GetServices<ICrmConnector>()];

    public IReadOnlyList<IOutreachChannel> Channels => [.. _services.GetServices<IOutreachChannel>()];

    /// <summary>Registers <paramref name="plugin"/> with <paramref name="settings"/> as its <c>Plugins:&lt;Id&gt;</c> section.</summary>
    public static PluginHarness Create(
        IGiveBackPlugin plugin, string pluginId, IDictionary<string, string?> settings, string? pluginDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var section = new ConfigurationBuilder().AddInMemoryCollection(
            settings.Select(s => KeyValuePair.Create($"Plugins:{pluginId}:{s.Key}", s.Value))).Build().GetSection($"Plugins:{pluginId}");
        var context = new HarnessContext(
            pluginId, "test", pluginDirectory ?? AppContext.BaseDirectory, section, NullLoggerFactory.Instance,
            typeof(IGiveBackPlugin).Assembly.GetName().Version!);
        var services = new ServiceCollection();
        services.AddSingleton<IPluginContext>(context);
        services.AddSingleton<IConfiguration>(section);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient();
        plugin.ConfigureServices(services, context);
        return new PluginHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public void Dispose() => _services.Dispose();

    private sealed record HarnessContext(
        string PluginId, string PluginVersion, string PluginDirectory, IConfiguration Configuration,
        ILoggerFactory LoggerFactory, Version HostAbstractionsVersion) : IPluginContext;
}
