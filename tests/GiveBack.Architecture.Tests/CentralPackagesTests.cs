using System.Xml.Linq;

namespace GiveBack.Architecture.Tests;

/// <summary>
/// Directory.Packages.props lists what the build uses: every entry is referenced by a project, or says why it pins a
/// transitive package ("No project references …"), so a package a change stopped using does not linger there.
/// </summary>
public sealed class CentralPackagesTests
{
    [Fact]
    public void Every_central_package_entry_is_referenced_or_says_why_it_pins()
    {
        var props = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props"));
        var referenced = Repository.Files(".", "*.*proj")
            .Concat(Repository.Files(".", "*.props"))
            .Concat(Repository.Files(".", "*.targets"))
            .Where(f => Path.GetFileName(f) != "Directory.Packages.props")
            .SelectMany(f => XDocument.Load(f).Descendants().Where(e => e.Name.LocalName is "PackageReference" or "GlobalPackageReference"))
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var entries = props.Descendants().Where(e => e.Name.LocalName == "PackageVersion").ToList();
        var unexplained = entries
            .Where(e => !referenced.Contains((string)e.Attribute("Include")!))
            .Where(e => !SaysWhyItPins(e, referenced))
            .Select(e => (string)e.Attribute("Include")!)
            .ToList();

        Assert.True(entries.Count > 20, $"Read only {entries.Count} central entries");
        Assert.True(unexplained.Count == 0, $"Central entries no project references, with no comment saying why they pin: {string.Join(", ", unexplained)}");
    }

    // The comment stands right above the entry, or above a run of unreferenced entries it speaks for ("these two").
    private static bool SaysWhyItPins(XElement entry, HashSet<string> referenced)
    {
        foreach (var node in entry.NodesBeforeSelf().Reverse())
        {
            switch (node)
            {
                case XComment comment:
                    return comment.Value.Contains("No project references", StringComparison.Ordinal);
                case XElement { Name.LocalName: "PackageVersion" } earlier when !referenced.Contains((string)earlier.Attribute("Include")!):
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
