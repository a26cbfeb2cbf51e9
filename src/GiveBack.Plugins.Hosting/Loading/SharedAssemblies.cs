using GiveBack.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Loading;

/// <summary>
/// What a plugin's load context takes from the host instead of its own folder: the contract and the
/// Microsoft.Extensions.* types that cross the boundary (DI, configuration, logging, options, HttpClientFactory).
/// Everything else (Newtonsoft.Json, MailKit, …) stays private to the plugin, so plugins may disagree on versions.
/// </summary>
internal static class SharedAssemblies
{
    public static Type[] Types { get; } =
    [
        typeof(IGiveBackPlugin),
        typeof(IServiceCollection),
        typeof(ServiceProvider),
        typeof(IConfiguration),
        typeof(ILogger),
        typeof(LoggerFactory),
        typeof(IOptions<>),
        typeof(IHttpClientFactory),
        typeof(Microsoft.Extensions.Primitives.StringValues),
    ];

    /// <summary>Shared by name because their types are only used by plugins, never handed over by the host.</summary>
    public static string[] Names { get; } =
    [
        "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.Configuration.Binder",
        "Microsoft.Extensions.Options.ConfigurationExtensions",
        "Microsoft.Extensions.Diagnostics.Abstractions",
        "Microsoft.Extensions.Hosting.Abstractions",
        "Microsoft.Extensions.FileProviders.Abstractions",
    ];
}
