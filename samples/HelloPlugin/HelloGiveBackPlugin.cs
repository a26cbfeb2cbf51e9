using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using Microsoft.Extensions.DependencyInjection;

namespace HelloPlugin;

#region sample_hello_plugin_entry_point
/// <summary>The plugin's one entry point: register your connectors and channels here.</summary>
public sealed class HelloGiveBackPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context) =>
        services.AddSingleton<ICrmConnector, HelloConnector>();
}
#endregion
