namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>
/// A mapping staff saved under a name (<c>import_mappings</c>): for each import field the column that holds it, as
/// JSON (<c>{"first_name": "Prénom", …}</c>, keyed by the generic file's column names), and the locale its dates and
/// amounts are written in.
/// </summary>
public sealed class SavedMappingRecord
{
    public required string Name { get; set; }

    public required string Columns { get; set; }

    public string? DateLocale { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
