using System.Globalization;
using System.Text;
using GiveBack.Plugins.Abstractions.Csv;

namespace GiveBack.Web.Csv;

/// <summary>
/// A report as a table: a header row and its rows, written by the product's one CSV writer (<see cref="CsvWriter"/>:
/// RFC 4180, every field guarded against spreadsheet formulas).
/// </summary>
public sealed class CsvTable(params string[] header)
{
    private readonly List<string[]> _rows = [];

    public IReadOnlyList<string> Header { get; } = header;

    public int RowCount => _rows.Count;

    public CsvTable Add(params string[] row)
    {
        if (row.Length != Header.Count)
        {
            throw new ArgumentException($"A row has {row.Length} fields; the header has {Header.Count}.", nameof(row));
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>Free text from people (names, e-mails); the writer makes it safe to open in a spreadsheet.</summary>
    public static string Text(string? value) => value ?? string.Empty;

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Id(Guid? value) => value?.ToString() ?? string.Empty;

    public override string ToString()
    {
        var csv = new StringBuilder();
        CsvWriter.AppendRow(csv, Header);
        foreach (var row in _rows)
        {
            CsvWriter.AppendRow(csv, row);
        }

        return csv.ToString();
    }
}
