using System.Globalization;
using System.Text.Json;

namespace GiveBack.Constituents.Exports;

/// <summary>
/// One way to write an exported value, shared by the CSV and JSON files so the two always agree: dates as
/// <c>yyyy-MM-dd</c>, instants as ISO 8601 with their offset, numbers and booleans invariant, null as empty (CSV) or
/// <c>null</c> (JSON).
/// </summary>
public static class ExportValues
{
    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        Guid id => id.ToString("D"),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static void Write(Utf8JsonWriter json, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case long number:
                json.WriteNumber(name, number);
                break;
            case double number:
                json.WriteNumber(name, number);
                break;
            default:
                json.WriteString(name, Text(value));
                break;
        }
    }
}
