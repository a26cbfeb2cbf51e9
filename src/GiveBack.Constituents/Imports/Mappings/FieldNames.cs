namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>A field by the name the generic file gives its column (<c>first_name</c>, <c>amount</c>): one vocabulary for the preview and the docs.</summary>
public static class FieldNames
{
    public static string Of(ImportField field) =>
        ImportMappings.Generic.Columns.TryGetValue(field, out var names) ? names[0] : "gift_status";
}
