using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.TestPlugin.JsonNew;

public sealed class JsonNewPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context) =>
        services.AddSingleton<ICrmConnector, JsonNewConnector>();
}
