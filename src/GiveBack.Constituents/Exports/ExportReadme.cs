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
            .AppendLine("The column names are those of GiveBack's `generic` import mapping. Import, each with the mapping `generic`")
            .AppendLine("(`POST /api/v1/imports` with `mapping=generic`, or the Imports page), and each once the one before it has completed:")
            .AppendLine("`donors.csv`, then `pledges.csv`, then `gifts.csv`, then `activities.csv`. Into an empty GiveBack this gives the")
            .AppendLine("same donor summaries, campaign figures (received and committed), pledges and activities:")
            .AppendLine()
            .AppendLine("- donors keep their `donor_id`, campaigns their `campaign_id`, pledges their `pledge_id`, activities their `activity_id`;")
            .AppendLine("  a campaign is created from the pledges or gifts naming it (its goal and dates are not carried over: set them after);")
            .AppendLine("- `pledges.csv`, `gifts.csv` and `activities.csv` name donors by `donor_id` alone, so the donors must be imported first;")
            .AppendLine("  `*_minor` amounts are read as minor units;")
            .AppendLine("- a pledge comes back with its terms (amount, installments, frequency, first due day, campaign, fund), unpaid;")
            .AppendLine("  a gift whose `pledge_id` is set is booked as a payment of that pledge, so the pledges must be imported before the gifts;")
            .AppendLine("- a `reversal` row is booked as a reversal of the gift named in `reverses_gift_id` (listed before it), dated the day of the import;")
            .AppendLine("- each row's key comes from the export's ids (`donor_id`, `pledge_id`, `gift_id`, `activity_id`), so importing a file")
            .AppendLine("  again books nothing twice;")
            .AppendLine("- a pledge written off or cancelled comes back open: write it off or cancel it again;")
            .AppendLine("- recurring gifts are the record only: their schedule lives in Stripe, and the gifts they paid are in `gifts.csv`;")
            .AppendLine("  a donor's recurring gift continues on the Stripe account, not through an import;")
            .AppendLine("- receipts, pledge installments and the other files are the record, not re-imported (installments are made again from")
            .AppendLine("  the pledge's terms, and paid by its gifts).")
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
