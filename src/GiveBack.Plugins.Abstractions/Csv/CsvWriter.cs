using System.Globalization;
using System.Text;

namespace GiveBack.Plugins.Abstractions.Csv;

/// <summary>
/// The one CSV writer of GiveBack, shared by the reports and the plugins (the NPSP export): RFC 4180 rows with CRLF
/// line ends, a field quoted (quotes doubled) when it holds a comma, a quote or a line break, and every field made
/// safe to open in a spreadsheet. It lives in the plugin contract because a plugin may reference nothing else.
/// </summary>
public static class CsvWriter
{
    /// <summary>
    /// One field as written: a value a spreadsheet would run as a formula (first character <c>= + - @</c>, tab or
    /// carriage return) is prefixed with a quote, unless it is a plain number such as a refund's <c>-25.00</c>, which
    /// cannot run anything; then the field is quoted if it needs to be. Null is written as an empty field.
    /// </summary>
    /// <param name="value">The value, exactly as stored (a donor's name, an amount, a date).</param>
    /// <returns>The text to put between the separators.</returns>
    public static string Field(string? value)
    {
        var text = Guard(value ?? string.Empty);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Appends one row (each field through <see cref="Field"/>, comma-separated, ended by CRLF).</summary>
    /// <param name="csv">The text being built.</param>
    /// <param name="fields">The row's values, in column order.</param>
    public static void AppendRow(StringBuilder csv, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                csv.Append(',');
            }

            csv.Append(Field(field));
            first = false;
        }

        csv.Append("\r\n");
    }

    // Spreadsheets (Excel, LibreOffice, Google Sheets) evaluate a cell starting with these: a donor named
    // "=HYPERLINK(...)" or "@SUM(...)" must reach the office as text (OWASP "CSV injection").
    private static string Guard(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value) ? "'" + value : value;

    private static bool IsNumber(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
