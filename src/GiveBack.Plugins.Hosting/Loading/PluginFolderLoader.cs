using System.Reflection;
using GiveBack.Plugins.Abstractions;
using GiveBack.Plugins.Abstractions.Crm;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Plugins.Hosting.Registry;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiveBack.Plugins.Hosting.Loading;

/// <summary>Loads one plugin folder into its own load context; anything wrong becomes a refused entry, never a crash.</summary>
internal sealed class PluginFolderLoader(IConfiguration configuration, ILoggerFactory loggerFactory, TimeProvider timeProvider)
{
    public PluginEntry Load(string directory)
    {
        var folderName = Path.GetFileName(directory);
        PluginManifest? manifest = null;
        try
        {
            manifest = PluginManifest.Read(directory);
            return LoadChecked(directory, manifest);
        }
        catch (PluginRefusedException ex)
        {
            return PluginEntry.Refused(manifest?.Id ?? folderName, manifest?.Version, directory, ex.Message);
        }
        catch (Exception ex)
        {
            // Whatever a plugin does while being loaded or registering its services, the host goes on.
            var reason = $"failed to load: {ex.GetType().Name}: {ex.Message}";
            return PluginEntry.Refused(manifest?.Id ?? folderName, manifest?.Version, directory, reason);
        }
    }

    private PluginEntry LoadChecked(string directory, PluginManifest manifest)
    {
        var host = AbstractionsCompatibility.HostVersion;
        var refusal = AbstractionsCompatibility.Check(manifest.AbstractionsVersion, host);
        if (refusal is not null)
        {
            throw new PluginRefusedException(refusal);
        }

        var entryPath = Path.Combine(directory, manifest.EntryAssembly);
        if (!File.Exists(entryPath))
        {
            throw new PluginRefusedException($"entry assembly {manifest.EntryAssembly} not found in {directory}");
        }

        var loader = PluginLoader.CreateFromAssemblyFile(entryPath, SharedAssemblies.Types, config =>
        {
            foreach (var name in SharedAssemblies.Names)
            {
                config.SharedAssemblies.Add(new AssemblyName(name));
            }
        });

        Assembly entry;
        try
        {
            entry = loader.LoadDefaultAssembly();
        }
        catch (BadImageFormatException ex)
        {
            throw new PluginRefusedException($"entry assembly {manifest.EntryAssembly} is not a valid .NET assembly: {ex.Message}");
        }

        CheckReferencedContract(entry, host);
        var missing = DependencyCheck.FindMissing(loader, entry, directory);
        if (missing is not null)
        {
            throw new PluginRefusedException(missing);
        }

        var plugin = CreatePlugin(entry);
        var section = configuration.GetSection($"{PluginHostOptions.SectionName}:{manifest.Id}");
        var context = new PluginContext(manifest.Id, manifest.Version, directory, section, loggerFactory, host);
        var provider = BuildServices(plugin, context);
        var connectors = provider.GetServices<ICrmConnector>().ToList();
        var channels = provider.GetServices<IOutreachChannel>().ToList();
        if (connectors.Count == 0 && channels.Count == 0)
        {
            provider.Dispose();
            throw new PluginRefusedException("registers neither an ICrmConnector nor an IOutreachChannel");
        }

        return PluginEntry.Loaded(manifest, directory, provider, connectors, channels, section);
    }

    private static void CheckReferencedContract(Assembly entry, Version host)
    {
        // The manifest may lie: the version actually compiled against is in the assembly reference.
        var contract = entry.GetReferencedAssemblies()
            .FirstOrDefault(r => r.Name == typeof(IGiveBackPlugin).Assembly.GetName().Name);
        if (contract?.Version is { } compiled && AbstractionsCompatibility.Check(compiled, host) is { } refusal)
        {
            throw new PluginRefusedException(refusal);
        }
    }

    private static IGiveBackPlugin CreatePlugin(Assembly entry)
    {
        var candidates = entry.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGiveBackPlugin).IsAssignableFrom(t))
            .ToList();
        if (candidates.Count != 1)
        {
            throw new PluginRefusedException(
                $"{entry.GetName().Name} must export exactly one IGiveBackPlugin implementation; found {candidates.Count}");
        }

        return (IGiveBackPlugin)(Activator.CreateInstance(candidates[0])
            ?? throw new PluginRefusedException($"could not create {candidates[0].FullName}"));
    }

    private ServiceProvider BuildServices(IGiveBackPlugin plugin, PluginContext context)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IPluginContext>(context);
        services.AddSingleton(context.Configuration);
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(timeProvider);
        services.AddHttpClient();
        plugin.ConfigureServices(services, context);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
