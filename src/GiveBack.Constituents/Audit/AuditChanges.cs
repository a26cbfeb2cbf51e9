using System.Text.Json;

namespace GiveBack.Constituents.Audit;

/// <summary>The fields a write changed, from the details the log kept before and after it: what an administrator reads first.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<(string Field, string? Before, string? After)> Between(string? before, string? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        return
        [
            .. old.Keys.Union(now.Keys)
                .Select(f => (Field: f, Before: old.GetValueOrDefault(f), After: now.GetValueOrDefault(f)))
                .Where(c => c.Before != c.After),
        ];
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString(),
            StringComparer.Ordinal);
    }
}
