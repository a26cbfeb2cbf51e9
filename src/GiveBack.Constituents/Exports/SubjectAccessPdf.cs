using System.Globalization;
using GiveBack.Domain.Exports;

namespace GiveBack.Constituents.Exports;

/// <summary>
/// The subject access export as a PDF for the donor to read: the same records as the JSON, one section per table that
/// holds any, each record as its fields one per line. Printed by <see cref="IRecordsDocument"/> in the receipts' fonts.
/// </summary>
public sealed class SubjectAccessPdf(SubjectAccessExport export, IRecordsDocument document, TimeProvider clock)
{
    public async Task<byte[]> RenderAsync(Guid donorId, CancellationToken cancellationToken)
    {
        var tables = await export.ReadAsync(donorId, cancellationToken);
        var sections = new List<RecordsSection>();
        foreach (var (table, rows) in tables.Where(t => t.Rows.Count > 0))
        {
            var lines = new List<string> { table.Description, "" };
            foreach (var row in rows)
            {
                lines.AddRange(table.Columns
                    .Select((column, i) => (column.Name, Value: ExportValues.Text(i < row.Length ? row[i] : null)))
                    .Where(field => !string.IsNullOrEmpty(field.Value))
                    .Select(field => $"{field.Name}: {field.Value}"));
                lines.Add("");
            }

            sections.Add(new RecordsSection($"{table.Name} ({rows.Count.ToString(CultureInfo.InvariantCulture)})", lines));
        }

        var title = $"Personal data held about donor {donorId:D}, {clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return document.Render(title, sections);
    }
}
