namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>
/// A mapping applied to one file's header: for each field, the file's columns that feed it (by position), in the
/// mapping's order of preference. The workspace shows it as the preview's "source column → field".
/// </summary>
public sealed class ColumnMap
{
    private readonly Dictionary<ImportField, (int Index, string Name)[]> _columns;

    private ColumnMap(ImportMapping mapping, Dictionary<ImportField, (int Index, string Name)[]> columns, IReadOnlyList<string> unused)
    {
        Mapping = mapping;
        _columns = columns;
        Unused = unused;
    }

    public ImportMapping Mapping { get; }

    /// <summary>The file's columns that no field reads (shown, so a person sees what is left behind).</summary>
    public IReadOnlyList<string> Unused { get; }

    public IEnumerable<(ImportField Field, string Column)> Used =>
        _columns.SelectMany(c => c.Value.Select(v => (c.Key, v.Name)));

    public bool Has(ImportField field) => _columns.ContainsKey(field);

    public static ColumnMap For(ImportMapping mapping, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(header);
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            positions.TryAdd(Bare(header[i], mapping.ColumnPrefix), i);
        }

        var columns = new Dictionary<ImportField, (int, string)[]>();
        var used = new HashSet<int>();
        foreach (var (field, names) in mapping.Columns)
        {
            var found = names
                .Select(n => positions.TryGetValue(n, out var index) ? (index, header[index]) : (-1, n))
                .Where(c => c.Item1 >= 0)
                .ToArray();
            if (found.Length > 0)
            {
                columns[field] = found;
                used.UnionWith(found.Select(f => f.Item1));
            }
        }

        return new ColumnMap(mapping, columns, [.. header.Where((_, i) => !used.Contains(i))]);
    }

    /// <summary>The first non-empty value among the field's columns, with the column it came from.</summary>
    public (string Value, string Column) Read(ImportField field, Reading.SourceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_columns.TryGetValue(field, out var columns))
        {
            return (string.Empty, string.Empty);
        }

        foreach (var (index, name) in columns)
        {
            var value = row.Cell(index);
            if (value.Length > 0)
            {
                return (value, name);
            }
        }

        return (string.Empty, columns[0].Name);
    }

    private static string Bare(string column, string? prefix) =>
        prefix is not null && column.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? column[prefix.Length..] : column;
}
