using GiveBack.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GiveBack.Deploy.Tests;

/// <summary>The files in deploy/, read as an operator's tools would read them.</summary>
internal static class DeployFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "deploy");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    /// <summary>Every YAML document of a file, with merge keys (<c>&lt;&lt;: *anchor</c>) expanded as compose expands them.</summary>
    public static IReadOnlyList<YamlMappingNode> Yaml(string relativePath)
    {
        using var reader = new StringReader(Read(relativePath));
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }
}
