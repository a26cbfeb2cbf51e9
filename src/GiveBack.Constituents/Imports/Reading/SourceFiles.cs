using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace GiveBack.Constituents.Imports.Reading;

/// <summary>
/// Reads a CSV (any of , ; tab as the separator, detected from the header) or an .xlsx (its first sheet) as text rows.
/// Spreadsheet cells that hold numbers or dates come back in invariant form (<c>1250.5</c>, <c>2025-03-14</c>), so the
/// parsers see what a person typed rather than a serial number.
/// </summary>
public static class SourceFiles
{
    public static bool IsSpreadsheet(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsSupported(string fileName) =>
        IsSpreadsheet(fileName) || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens <paramref name="path"/>; the rows are read while enumerated, and the file is closed at the end.</summary>
    public static SourceTable Open(string path, string fileName) =>
        IsSpreadsheet(fileName) ? OpenSpreadsheet(path) : OpenCsv(path);

    private static SourceTable OpenCsv(string path)
    {
        using (var probe = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path))
        {
            if (!probe.HasHeader)
            {
                return new SourceTable([], []);
            }

            var header = probe.Header.ColNames.Select(Clean).ToList();
            return new SourceTable(header, CsvRows(path));
        }
    }

    private static IEnumerable<SourceRow> CsvRows(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var number = 1;
        foreach (var row in reader)
        {
            number++;
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Unguarded(row[i].ToString().Trim());
            }

            if (cells.Any(c => c.Length > 0))
            {
                yield return new SourceRow(number, cells);
            }
        }
    }

    private static SourceTable OpenSpreadsheet(string path)
    {
        var header = MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(Text).ToList())
            .FirstOrDefault() ?? [];
        return new SourceTable([.. header.Select(Clean)], SpreadsheetRows(path, header.Count));
    }

    private static IEnumerable<SourceRow> SpreadsheetRows(string path, int width)
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            if (number == 1)
            {
                continue;
            }

            var cells = row.Values.Take(Math.Max(width, 1)).Select(Text).ToList();
            if (cells.Any(c => c.Length > 0))
            {
                yield return new SourceRow(number, cells);
            }
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };

    /// <summary>
    /// The value the one CSV writer guarded against a spreadsheet running it as a formula (<c>'=Ada</c> for
    /// <c>=Ada</c>), as it was: GiveBack's own export comes back exactly.
    /// </summary>
    private static string Unguarded(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' ? cell[1..] : cell;

    /// <summary>A header as exported may carry a byte-order mark or stray spaces.</summary>
    private static string Clean(string header) =>
        header.Trim().Trim('\uFEFF').Normalize(NormalizationForm.FormC);
}
