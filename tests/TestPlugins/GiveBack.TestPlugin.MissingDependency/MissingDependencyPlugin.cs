using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.TestPlugin.MissingDependency;

public sealed class MissingDependencyPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context) =>
        services.AddSingleton<ICrmConnector, MissingDependencyConnector>();
}
