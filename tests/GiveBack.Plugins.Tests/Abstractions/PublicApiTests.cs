using System.Reflection;
using System.Text;
using GiveBack.Plugins.Abstractions;

namespace GiveBack.Plugins.Tests.Abstractions;

/// <summary>
/// The plugin contract is versioned with semver: any change to its public surface must be deliberate. When this fails,
/// review PublicApi.actual.txt (written beside the test assembly), bump the abstractions version (major for removals
/// or changes, minor for additions) and copy it over src/GiveBack.Plugins.Abstractions/PublicApi.txt.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_of_the_abstractions_matches_the_committed_baseline()
    {
        var actual = Describe(typeof(IGiveBackPlugin).Assembly);
        var baseline = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi.txt")).ReplaceLineEndings("\n");
        if (actual != baseline)
        {
            var written = Path.Combine(AppContext.BaseDirectory, "PublicApi.actual.txt");
            File.WriteAllText(written, actual);
            Assert.Fail($"The public API of GiveBack.Plugins.Abstractions changed. Review {written} and update PublicApi.txt.");
        }
    }

    [Fact]
    public void Abstractions_reference_only_the_framework_and_Microsoft_Extensions_abstractions()
    {
        var references = typeof(IGiveBackPlugin).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard"
            || (name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && name.EndsWith(".Abstractions", StringComparison.Ordinal)),
            $"unexpected reference {name}"));
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var bases = new[] { type.BaseType }.Where(b => b is not null && b != typeof(object) && b != typeof(Enum))
                .Concat(type.GetInterfaces().OrderBy(i => i.FullName, StringComparer.Ordinal))
                .Select(t => t!.ToString());
            text.Append(Kind(type)).Append(' ').Append(type.FullName);
            text.Append(bases.Any() ? " : " + string.Join(", ", bases) : "").Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
                | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m switch
                {
                    MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
                    FieldInfo field => field.IsPublic || field.IsFamily,
                    _ => false,
                })
                .Select(m => "  " + m)
                .Concat(type.GetProperties(flags).Where(p => p.GetMethod is { IsPublic: true } || p.GetMethod is { IsFamily: true })
                    .Select(p => $"  property {p.PropertyType} {p.Name}"))
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                text.Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Kind(Type type) => type switch
    {
        { IsInterface: true } => "interface",
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsAbstract: true } => "abstract class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };
}
