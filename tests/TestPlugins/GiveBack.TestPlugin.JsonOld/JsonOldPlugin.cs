using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.TestPlugin.JsonOld;

public sealed class JsonOldPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context) =>
        services.AddSingleton<ICrmConnector, JsonOldConnector>();
}
