using System.Reflection;
using GiveBack.Server.Hosting;
using GiveBack.Testing;
using Orleans.Hosting.Kubernetes;

namespace GiveBack.Deploy.Tests;

/// <summary>
/// The environment variables the product reads, taken from the product itself so that a renamed setting fails these
/// tests: the sections its options bind (each options type's <c>SectionName</c> and properties), the variables it names
/// as constants (GIVEBACK_DB, STRIPE_SECRET_KEY, POD_IP…), each shipped plugin's own section, and the few the .NET host
/// reads itself.
/// </summary>
internal static class ProductSettings
{
    private static readonly string[] Framework =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_SHUTDOWNTIMEOUTSECONDS", "AllowedHosts",
    ];

    private static readonly Lazy<Dictionary<string, Type[]>> Sections = new(FindSections);
    private static readonly Lazy<HashSet<string>> Variables = new(FindVariables);
    private static readonly Lazy<HashSet<string>> Plugins = new(() => Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "plugins"), "GiveBack.Plugin.*")
        .Select(d => Path.GetFileName(d)["GiveBack.Plugin.".Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the product reads <paramref name="name"/>, an environment variable (<c>__</c> separates sections).</summary>
    public static bool Reads(string name)
    {
        if (Variables.Value.Contains(name) || Framework.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var path = name.Split("__");
        if (path.Length < 2)
        {
            return false;
        }

        if (path[0] == "ConnectionStrings")
        {
            return path is [_, "GiveBack"];
        }

        if (path[0] == "Plugins" && Plugins.Value.Contains(path[1]))
        {
            return path.Length > 2;
        }

        // The longest section that prefixes the name ("Constituents:Matching" before "Constituents"), then a property.
        for (var length = path.Length - 1; length >= 1; length--)
        {
            if (Sections.Value.TryGetValue(string.Join(':', path[..length]), out var options))
            {
                return options.Any(o => o.GetProperty(path[length], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null);
            }
        }

        return false;
    }

    private static IEnumerable<Assembly> ProductAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "GiveBack.*.dll")
            .Where(f => !Path.GetFileName(f).Contains("Test", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f))
            .Append(typeof(GiveBackHost).Assembly)
            .Distinct();

    private static IEnumerable<FieldInfo> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string));

    private static Dictionary<string, Type[]> FindSections() =>
        ProductAssemblies().SelectMany(a => a.GetTypes())
            .SelectMany(t => Constants(t).Where(f => f.Name == "SectionName").Select(f => (Section: (string)f.GetRawConstantValue()!, Type: t)))
            .GroupBy(s => s.Section, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Type).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> FindVariables() =>
        ProductAssemblies().SelectMany(a => a.GetTypes()).Append(typeof(KubernetesHostingOptions))
            .SelectMany(Constants)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => System.Text.RegularExpressions.Regex.IsMatch(v, "^[A-Z]+(_[A-Z0-9]+)+$"))
            .ToHashSet(StringComparer.Ordinal);
}
