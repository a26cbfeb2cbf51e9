using System.Globalization;
using System.Text;
using GiveBack.Domain.Exports;

namespace GiveBack.Constituents.Exports;

/// <summary>The README.md of an export: how the files are written, then every file with its row count and columns.</summary>
public static class ExportReadme
{
    public static string Write(IReadOnlyList<IRecordExport> tables, IReadOnlyDictionary<string, long> rowCounts, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(rowCounts);
        var text = new StringBuilder();
        text.AppendLine("# GiveBack export")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Exported at {exportedAt:O}. Every table is here twice, with the same rows and columns:")
            .AppendLine("`NAME.csv` (RFC 4180, UTF-8, a header row, CRLF) and `NAME.json` (an array of objects keyed by the column names).")
            .AppendLine()
            .AppendLine("- Ids are UUIDs; files name donors by `donor_id`, campaigns by `campaign_id`, and so on.")
            .AppendLine("- Money is an integer number of minor units (cents) in `*_minor` columns, beside an ISO 4217 `currency`.")
            .AppendLine("- Days are `yyyy-MM-dd`; instants are ISO 8601 with their UTC offset; booleans are `true`/`false`; empty (CSV) or `null` (JSON) is no value.")
            .AppendLine("- In the CSV files, a text value that starts with `=`, `+`, `-` or `@` (or a tab or carriage return) has a `'` put in front,")
            .AppendLine("  so a spreadsheet never runs it as a formula; numbers are left alone. The JSON files hold every value exactly.")
            .AppendLine()
            .AppendLine("## Importing this export into another GiveBack")
            .AppendLine()
            .AppendLine("The column names are those of GiveBack's `generic` import mapping. Import `donors.csv`, wait for it to complete, then")
            .AppendLine("`gifts.csv`, both with the mapping `generic` (`POST /api/v1/imports` with `mapping=generic`, or the Imports page).")
            .AppendLine("Into an empty GiveBack this gives the same donor summaries, campaign figures and reports:")
            .AppendLine()
            .AppendLine("- donors keep their `donor_id` and campaigns their `campaign_id`; a campaign is created from the gifts naming it")
            .AppendLine("  (its goal and dates are not carried over: set them after);")
            .AppendLine("- `gifts.csv` names donors by `donor_id` alone, so the donors must be imported first; `amount_minor` is read as minor units;")
            .AppendLine("- a `reversal` row is booked as a reversal of the gift named in `reverses_gift_id` (listed before it), dated the day of the import;")
            .AppendLine("- each row's key comes from the export's ids (`donor_id`, `gift_id`), so importing a file again books nothing twice;")
            .AppendLine("- pledges, recurring gifts, receipts, activities and the other files are the record, not re-imported.")
            .AppendLine();
        foreach (var table in tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {table.Name}.csv, {table.Name}.json")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"{table.Description} Rows: {rowCounts.GetValueOrDefault(table.Name)}.")
                .AppendLine()
                .AppendLine("| column | meaning |")
                .AppendLine("| --- | --- |");
            foreach (var column in table.Columns)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{column.Name}` | {column.Meaning.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
