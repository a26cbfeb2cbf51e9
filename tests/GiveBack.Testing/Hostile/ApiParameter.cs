using System.Text.Json.Nodes;

namespace GiveBack.Testing.Hostile;

/// <summary>A parameter of an operation: where it goes (<c>path</c>, <c>query</c>, <c>header</c>) and its schema.</summary>
public sealed record ApiParameter(string Name, string In, JsonObject? Schema)
{
    public string? Format => Schema?["format"]?.GetValue<string>();
}
