using System.IO.Compression;
using System.Text;
using System.Text.Json;
using GiveBack.Domain.Exports;
using GiveBack.Plugins.Abstractions.Csv;

namespace GiveBack.Constituents.Exports;

/// <summary>
/// The institution's export: a zip written straight to the response as it is read, with each module's tables
/// (<see cref="IRecordExport"/>) as CSV and as JSON, and a README.md of every file's columns. Rows are streamed from
/// the database a page of the network buffer at a time, so memory stays flat however many donors there are; each
/// table is read twice (once per format) rather than held.
/// </summary>
public sealed class ExportArchive(IEnumerable<IRecordExport> exports, TimeProvider clock)
{
    private const int FlushEvery = 500;

    public IReadOnlyList<IRecordExport> Tables { get; } = [.. exports];

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var response = new ResponseZipStream(output);
        await using (var zip = await ZipArchive.CreateAsync(response, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8, cancellationToken))
        {
            await WriteEntriesAsync(zip, cancellationToken);
        }

        await response.FlushAsync(cancellationToken);
    }

    private async Task WriteEntriesAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            counts[table.Name] = await WriteCsvAsync(zip, table, cancellationToken);
            await WriteJsonAsync(zip, table, cancellationToken);
        }

        var readme = zip.CreateEntry("README.md", CompressionLevel.Optimal);
        await using var stream = await readme.OpenAsync(cancellationToken);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(ExportReadme.Write(Tables, counts, clock.GetUtcNow())), cancellationToken);
    }

    private static async Task<long> WriteCsvAsync(ZipArchive zip, IRecordExport table, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry($"{table.Name}.csv", CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        var text = new StringBuilder();
        CsvWriter.AppendRow(text, table.Columns.Select(c => c.Name));
        long rows = 0;
        await foreach (var row in table.RowsAsync(null, cancellationToken))
        {
            CsvWriter.AppendRow(text, row.Select(ExportValues.Text));
            if (++rows % FlushEvery == 0)
            {
                await writer.WriteAsync(text, cancellationToken);
                text.Clear();
            }
        }

        await writer.WriteAsync(text, cancellationToken);
        return rows;
    }

    private static async Task WriteJsonAsync(ZipArchive zip, IRecordExport table, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry($"{table.Name}.json", CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartArray();
        long rows = 0;
        await foreach (var row in table.RowsAsync(null, cancellationToken))
        {
            RecordJson.WriteRow(json, table, row);
            if (++rows % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }
}
