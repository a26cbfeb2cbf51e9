using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GiveBack.Plugins.Abstractions;

/// <summary>What the host tells a plugin about itself when it registers its services.</summary>
public interface IPluginContext
{
    /// <summary>The plugin id from its <c>plugin.json</c> manifest, e.g. <c>Webhook</c>.</summary>
    string PluginId { get; }

    /// <summary>The plugin version from its manifest.</summary>
    string PluginVersion { get; }

    /// <summary>The folder the plugin was loaded from (templates and other files shipped with the plugin live there).</summary>
    string PluginDirectory { get; }

    /// <summary>
    /// The host configuration section <c>Plugins:&lt;Id&gt;</c>. Secrets come through normal configuration,
    /// e.g. the environment variable <c>Plugins__Webhook__Secret</c>. Values are read live: a reload is seen.
    /// </summary>
    IConfiguration Configuration { get; }

    /// <summary>The host's logging, for use while registering; services get <c>ILogger&lt;T&gt;</c> by injection.</summary>
    ILoggerFactory LoggerFactory { get; }

    /// <summary>The version of <c>GiveBack.Plugins.Abstractions</c> the host runs with.</summary>
    Version HostAbstractionsVersion { get; }
}
