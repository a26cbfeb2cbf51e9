using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.TestPlugin.Throwing;

public sealed class ThrowingPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context) =>
        services.AddSingleton<ICrmConnector, ThrowingConnector>();
}
