using GiveBack.Constituents.Imports.Mappings;
using GiveBack.Constituents.Imports.Reading;

namespace GiveBack.Constituents.Imports;

/// <summary>
/// What a file will give under a mapping, before anything is stored: which source column feeds which field (named as
/// the generic file names it), the columns left unread, and the first rows as the file holds them.
/// </summary>
public sealed record ImportPreview(IReadOnlyList<string> Header, IReadOnlyList<PreviewColumn> Columns, IReadOnlyList<IReadOnlyList<string>> FirstRows)
{
    public static ImportPreview Of(string path, string fileName, ImportMapping mapping, int rows)
    {
        var table = SourceFiles.Open(path, fileName);
        var map = ColumnMap.For(mapping, table.Header);
        var fields = map.Used.ToLookup(u => u.Column, u => FieldNames.Of(u.Field), StringComparer.OrdinalIgnoreCase);
        return new ImportPreview(
            table.Header,
            [.. table.Header.Select(h => new PreviewColumn(h, fields[h].FirstOrDefault()))],
            [.. table.Rows.Take(rows).Select(r => (IReadOnlyList<string>)[.. table.Header.Select((_, i) => r.Cell(i))])]);
    }
}

/// <summary>A source column and the field it feeds (null: not read by this mapping).</summary>
public sealed record PreviewColumn(string Column, string? Field);
