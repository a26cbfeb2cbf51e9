using System.Diagnostics;

namespace GiveBack.Plugins.Hosting.Telemetry;

/// <summary>
/// Spans of plugin delivery. The plugin host stays free of the product's modules (it references only the plugin
/// contract), so it has a source of its own, which the host subscribes to by <see cref="SourceName"/>.
/// </summary>
public static class PluginTelemetry
{
    public const string SourceName = "GiveBack.Plugins";

    internal static readonly ActivitySource Activities = new(SourceName);
}
