using GiveBack.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GiveBack.Plugins.Hosting.Loading;

internal sealed record PluginContext(
    string PluginId,
    string PluginVersion,
    string PluginDirectory,
    IConfiguration Configuration,
    ILoggerFactory LoggerFactory,
    Version HostAbstractionsVersion) : IPluginContext;
