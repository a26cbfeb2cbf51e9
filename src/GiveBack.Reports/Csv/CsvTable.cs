using System.Globalization;
using System.Text;

namespace GiveBack.Reports.Csv;

/// <summary>
/// An RFC 4180 table: a header row, CRLF line ends, and a field quoted (quotes doubled) when it holds a comma, a quote
/// or a line break. Free text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with a quote.
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

    /// <summary>Free text from people (names, e-mails): made safe to open in a spreadsheet.</summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Id(Guid? value) => value?.ToString() ?? string.Empty;

    public override string ToString()
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var row in _rows)
        {
            AppendRow(csv, row);
        }

        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }

        csv.Append("\r\n");
    }
}
