using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.TestPlugin.Recorder;

public sealed class RecorderPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context)
    {
        services.AddSingleton<ICrmConnector, RecorderConnector>();
        services.AddSingleton<IOutreachChannel, RecorderChannel>();
    }
}
