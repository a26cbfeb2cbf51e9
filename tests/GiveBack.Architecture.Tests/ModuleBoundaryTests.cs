using System.Reflection;

namespace GiveBack.Architecture.Tests;

/// <summary>
/// The boundaries the module map in docs/architecture.md promises and that already hold; each is checked on the
/// compiled assemblies, so a project reference that breaks one fails here rather than in a review.
/// </summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_plugin_contract_and_host_never_see_Orleans()
    {
        foreach (var assembly in ProductAssemblies.PluginSide)
        {
            var orleans = Names(assembly).Where(IsOrleans).ToList();

            Assert.True(orleans.Count == 0, $"{assembly.GetName().Name} references {string.Join(", ", orleans)}: plugins receive events through the outbox, never grains");
        }
    }

    [Fact]
    public void Shipped_plugins_see_the_contract_only_never_Orleans_or_a_module()
    {
        var product = ProductAssemblies.Modules.Append(ProductAssemblies.Server)
            .Select(a => a.GetName().Name!)
            .Where(n => n != "GiveBack.Plugins.Abstractions")
            .ToHashSet();
        var files = ShippedPlugins.Files();

        Assert.Contains(files, f => f.File.EndsWith("GiveBack.Plugin.Email.dll", StringComparison.Ordinal));
        foreach (var (file, references) in files)
        {
            var inner = references.Where(r => IsOrleans(r) || product.Contains(r)).ToList();

            Assert.True(inner.Count == 0, $"{file} references {string.Join(", ", inner)}: a plugin sees GiveBack.Plugins.Abstractions only");
        }
    }

    [Fact]
    public void Only_the_host_composes_no_module_references_it()
    {
        var host = ProductAssemblies.Server.GetName().Name!;

        foreach (var assembly in ProductAssemblies.Modules)
        {
            Assert.DoesNotContain(host, Names(assembly));
        }
    }

    [Fact]
    public void What_every_modules_endpoints_stand_on_knows_no_module()
    {
        var product = ProductAssemblies.Modules.Append(ProductAssemblies.Server).Select(a => a.GetName().Name!).ToHashSet();
        // The domain vocabulary and the CSV writer (in the plugin contract, so plugins share it) are all it may see.
        string[] allowed = ["GiveBack.Domain", "GiveBack.Plugins.Abstractions"];

        var modules = Names(ProductAssemblies.Web).Where(n => product.Contains(n) && !allowed.Contains(n)).ToList();

        Assert.True(modules.Count == 0, $"GiveBack.Web references {string.Join(", ", modules)}: a module's endpoints reference the shared web layer, never the other way");
    }

    [Fact]
    public void The_scheduler_knows_no_module_each_module_puts_its_own_jobs_on_it()
    {
        var product = ProductAssemblies.Modules.Append(ProductAssemblies.Server).Select(a => a.GetName().Name!).ToHashSet();
        // The data spine (its store, run records and retention), the domain vocabulary and the shared web layer are all it
        // may see; not giving's store.
        string[] allowed = ["GiveBack.Data", "GiveBack.Domain", "GiveBack.Plugins.Abstractions", "GiveBack.Web"];

        var modules = Names(ProductAssemblies.Scheduling).Where(n => product.Contains(n) && !allowed.Contains(n)).ToList();

        Assert.True(modules.Count == 0, $"GiveBack.Scheduling references {string.Join(", ", modules)}: jobs live in their modules, the scheduler names none");
    }

    [Fact]
    public void The_data_spine_knows_no_module()
    {
        var product = ProductAssemblies.Modules.Append(ProductAssemblies.Server).Select(a => a.GetName().Name!).ToHashSet();

        var modules = Names(ProductAssemblies.Data).Where(product.Contains).ToList();

        Assert.True(modules.Count == 0, $"GiveBack.Data references {string.Join(", ", modules)}: every module stands on the data spine, never the other way");
    }

    private static bool IsOrleans(string name) =>
        name.StartsWith("Orleans", StringComparison.Ordinal) || name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal);

    private static IEnumerable<string> Names(Assembly assembly) => assembly.GetReferencedAssemblies().Select(r => r.Name!);
}
