using System.Reflection;
using McMaster.NETCore.Plugins;

namespace GiveBack.Plugins.Hosting.Loading;

/// <summary>
/// Resolves, at load time, every assembly the plugin's own assemblies reference, so a missing dependency refuses the
/// plugin with a clear reason instead of failing later in the middle of a delivery.
/// </summary>
internal static class DependencyCheck
{
    public static string? FindMissing(PluginLoader loader, Assembly entry, string pluginDirectory)
    {
        var root = Path.GetFullPath(pluginDirectory);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<Assembly>([entry]);
        while (queue.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (!seen.Add(reference.FullName))
                {
                    continue;
                }

                Assembly loaded;
                try
                {
                    loaded = loader.LoadAssembly(reference);
                }
                catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    return $"missing dependency {reference.Name} {reference.Version} (referenced by {assembly.GetName().Name}): {ex.GetType().Name}";
                }

                // Only the plugin's own files are walked further; the host's and the framework's are complete.
                if (!string.IsNullOrEmpty(loaded.Location)
                    && Path.GetFullPath(loaded.Location).StartsWith(root, StringComparison.Ordinal))
                {
                    queue.Enqueue(loaded);
                }
            }
        }

        return null;
    }
}
