using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugin.Email;

/// <summary>
/// Registers the email channel. Settings <c>Plugins:Email:{Host,Port,Security,Username,Password,From,FromName,Organization}</c>;
/// templates in the plugin's <c>templates/</c> folder.
/// </summary>
public sealed class EmailPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddSingleton(new EmailTemplates(Path.Combine(context.PluginDirectory, "templates")));
        services.AddSingleton<IOutreachChannel, EmailChannel>();
    }
}
