using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugin.Email;

/// <summary>
/// Registers the e-mail channel. Settings <c>Plugins:Email:{Host,Port,Security,Username,Password,From,FromName}</c>
/// (<c>Host</c> and <c>From</c> required). The host words the messages; this plugin transports them.
/// </summary>
public sealed class EmailPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context)
    {
        services.AddSingleton<IOutreachChannel, EmailChannel>();
    }
}
