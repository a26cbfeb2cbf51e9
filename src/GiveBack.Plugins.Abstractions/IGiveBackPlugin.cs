using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugins.Abstractions;

/// <summary>
/// The one registration entry point of a plugin. The host finds the single public, non-abstract class implementing
/// it in the plugin's entry assembly, creates it with its parameterless constructor and calls
/// <see cref="ConfigureServices"/> once, on a service collection private to the plugin.
/// </summary>
/// <remarks>
/// Register <see cref="Crm.ICrmConnector"/> and/or <see cref="Outreach.IOutreachChannel"/> implementations there.
/// The host has already added, before the call: <see cref="IPluginContext"/>, the plugin's configuration section as
/// <c>Microsoft.Extensions.Configuration.IConfiguration</c>, logging (<c>ILogger&lt;T&gt;</c>, <c>ILoggerFactory</c>),
/// <c>System.Net.Http.IHttpClientFactory</c> and <see cref="TimeProvider"/>.
/// </remarks>
public interface IGiveBackPlugin
{
    /// <summary>Registers the plugin's connectors, channels and their dependencies.</summary>
    /// <param name="services">The plugin's own service collection (not the host's).</param>
    /// <param name="context">Who the plugin is and its configuration section <c>Plugins:&lt;Id&gt;</c>.</param>
    void ConfigureServices(IServiceCollection services, IPluginContext context);
}
