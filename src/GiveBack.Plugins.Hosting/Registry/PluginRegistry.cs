using GiveBack.Plugins.Hosting.Loading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Plugins.Hosting.Registry;

/// <summary>Every plugin folder found at start-up, loaded or refused. Loading happens once, on first use.</summary>
public sealed partial class PluginRegistry : IDisposable
{
    private readonly Lazy<IReadOnlyList<PluginEntry>> _plugins;
    private readonly ILogger<PluginRegistry> _logger;

    internal PluginRegistry(IOptions<PluginHostOptions> options, PluginFolderLoader loader, ILogger<PluginRegistry> logger)
    {
        _logger = logger;
        _plugins = new Lazy<IReadOnlyList<PluginEntry>>(() => LoadAll(options.Value, loader));
    }

    public IReadOnlyList<PluginEntry> Plugins => _plugins.Value;

    /// <summary>The folder plugins are loaded from, resolved against the app's base directory.</summary>
    public static string ResolveDirectory(PluginHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, options.Directory));
    }

    public PluginEntry? Find(string id) =>
        Plugins.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    private List<PluginEntry> LoadAll(PluginHostOptions options, PluginFolderLoader loader)
    {
        var root = ResolveDirectory(options);
        var entries = new List<PluginEntry>();
        if (!System.IO.Directory.Exists(root))
        {
            LogNoFolder(root);
            return entries;
        }

        foreach (var directory in System.IO.Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var entry = loader.Load(directory);
            if (entry.State == PluginState.Loaded && entries.Any(e => string.Equals(e.Id, entry.Id, StringComparison.OrdinalIgnoreCase)))
            {
                entry.Dispose();
                entry = PluginEntry.Refused(entry.Id, entry.Version, directory, $"duplicate plugin id {entry.Id}");
            }

            if (entry.State == PluginState.Loaded)
            {
                var capabilities = string.Join(", ", entry.Capabilities);
                LogLoaded(entry.Id, entry.Version, directory, capabilities);
                if (entry.MissingSettings.Count > 0)
                {
                    LogNeedsConfiguration(entry.Id, string.Join(", ", entry.MissingSettings.Select(k => $"Plugins:{entry.Id}:{k}")));
                }
            }
            else
            {
                LogRefused(entry.Id, directory, entry.RefusalReason);
            }

            entries.Add(entry);
        }

        return entries;
    }

    public void Dispose()
    {
        if (_plugins.IsValueCreated)
        {
            foreach (var plugin in _plugins.Value)
            {
                plugin.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin folder {Directory} does not exist: no plugins loaded")]
    private partial void LogNoFolder(string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} loaded from {Directory} ({Capabilities})")]
    private partial void LogLoaded(string pluginId, string? version, string directory, string capabilities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} needs configuration and is sent nothing until then (its events wait): set {Settings}")]
    private partial void LogNeedsConfiguration(string pluginId, string settings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} refused ({Directory}): {Reason}. The host starts without it.")]
    private partial void LogRefused(string pluginId, string directory, string? reason);
}
