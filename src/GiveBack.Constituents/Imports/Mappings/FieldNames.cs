namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>A field by the name the generic file gives its column (<c>first_name</c>, <c>amount</c>): one vocabulary for the preview, saved mappings and the docs.</summary>
public static class FieldNames
{
    public static string Of(ImportField field) =>
        ImportMappings.Generic.Columns.TryGetValue(field, out var names) ? names[0] : "gift_status";

    /// <summary>Every field's name, in the fields' order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ImportField>().Select(Of)];

    /// <summary>The field a name means (ignoring case); null when none.</summary>
    public static ImportField? Find(string? name) =>
        Enum.GetValues<ImportField>().Where(f => string.Equals(Of(f), name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(f => (ImportField?)f).FirstOrDefault();
}
