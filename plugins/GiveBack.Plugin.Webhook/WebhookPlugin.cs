using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugin.Webhook;

/// <summary>Registers the webhook connector and channel. Settings: <c>Plugins:Webhook:{Url,Secret,Channel,PullUrl}</c>.</summary>
public sealed class WebhookPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context)
    {
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<ICrmConnector, WebhookConnector>();
        services.AddSingleton<IOutreachChannel, WebhookChannel>();
    }
}
