using System.Text.Json;
using GiveBack.Domain.Exports;

namespace GiveBack.Constituents.Exports;

/// <summary>A row as a JSON object keyed by the table's column names (the same names as the CSV header).</summary>
public static class RecordJson
{
    public static void WriteRow(Utf8JsonWriter json, IRecordExport table, object?[] row)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        json.WriteStartObject();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            ExportValues.Write(json, table.Columns[i].Name, i < row.Length ? row[i] : null);
        }

        json.WriteEndObject();
    }
}
