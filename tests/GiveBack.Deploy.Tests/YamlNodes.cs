using YamlDotNet.RepresentationModel;

namespace GiveBack.Deploy.Tests;

/// <summary>Short paths through parsed YAML; a missing key fails the test with its name.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode Map(this YamlNode node, string key) => (YamlMappingNode)node.Child(key);

    public static YamlSequenceNode Seq(this YamlNode node, string key) => (YamlSequenceNode)node.Child(key);

    public static string Text(this YamlNode node, string key) => ((YamlScalarNode)node.Child(key)).Value ?? "";

    public static YamlNode? Find(this YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static YamlNode Child(this YamlNode node, string key) =>
        node.Find(key) ?? throw new Xunit.Sdk.XunitException($"No '{key}' in {node.Start}");

    /// <summary>A mapping of scalars as a dictionary, e.g. labels or a compose service's environment.</summary>
    public static Dictionary<string, string> Scalars(this YamlNode node) =>
        ((YamlMappingNode)node).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "", StringComparer.Ordinal);

    public static IEnumerable<string> Texts(this YamlNode node) => ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value ?? "");
}
