using System.Text.Json;
using System.Text.Json.Serialization;

namespace GiveBack.Web.Problems;

/// <summary>
/// Refuses a JSON string holding a NUL character while the body is read, so the problem names the field. PostgreSQL
/// cannot store NUL in text, and no name, fund or reason has one: it is always a mistake or a probe.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("A text value contains a NUL character.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
