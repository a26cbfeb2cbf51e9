using System.Text.Json;
using GiveBack.Domain.Exports;

namespace GiveBack.Constituents.Exports;

/// <summary>
/// Everything held about one donor, gathered from each module's tables (<see cref="IRecordExport"/> with the donor's
/// id): one JSON document, <c>{ donorId, exportedAt, records: { donors: [...], gifts: [...], ... } }</c>, written to
/// the response as it is read.
/// </summary>
public sealed class SubjectAccessExport(IEnumerable<IRecordExport> exports, TimeProvider clock)
{
    private readonly IReadOnlyList<IRecordExport> _tables = [.. exports];

    public async Task WriteJsonAsync(Guid donorId, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("donorId", donorId);
        json.WriteString("exportedAt", clock.GetUtcNow());
        json.WriteStartObject("records");
        foreach (var table in _tables)
        {
            json.WriteStartArray(table.Name);
            await foreach (var row in table.RowsAsync(donorId, cancellationToken))
            {
                RecordJson.WriteRow(json, table, row);
            }

            json.WriteEndArray();
            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>The donor's rows of every table, in memory: one person's records, for the PDF.</summary>
    public async Task<IReadOnlyList<(IRecordExport Table, IReadOnlyList<object?[]> Rows)>> ReadAsync(Guid donorId, CancellationToken cancellationToken)
    {
        var tables = new List<(IRecordExport, IReadOnlyList<object?[]>)>();
        foreach (var table in _tables)
        {
            var rows = new List<object?[]>();
            await foreach (var row in table.RowsAsync(donorId, cancellationToken))
            {
                rows.Add(row);
            }

            tables.Add((table, rows));
        }

        return tables;
    }
}
