using System.Text.Json;
using GiveBack.Domain.Money;

namespace GiveBack.Ledger.Outreach;

/// <summary>
/// The named, typed values a message is rendered from (<c>amount</c>, <c>due_date</c>, <c>campaign</c>…), built by
/// the producer that queues the message and stored as JSON. Template variables use the same names.
/// </summary>
public sealed class OutreachValues
{
    // jsonb keeps keys in its own order, so the "type" discriminator may come after the members.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };

    private readonly Dictionary<string, OutreachValue> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, OutreachValue> Entries => _values;

    public OutreachValues Text(string name, string text) => Add(name, new TextValue(text));

    public OutreachValues Money(string name, long minorUnits, string currency) => Money(name, new Money(minorUnits, currency));

    public OutreachValues Money(string name, Money amount) => Add(name, MoneyValue.Of(amount));

    public OutreachValues Date(string name, DateOnly date) => Add(name, new DateValue(date));

    /// <summary>Adds <paramref name="more"/>'s values, replacing any of the same name (send-time values join stored ones).</summary>
    public OutreachValues With(OutreachValues more)
    {
        ArgumentNullException.ThrowIfNull(more);
        foreach (var (name, value) in more.Entries)
        {
            Add(name, value);
        }

        return this;
    }

    public string ToJson() => JsonSerializer.Serialize(_values, Json);

    /// <summary>Reads stored values; a value without its type or members fails loudly rather than render as blank.</summary>
    public static OutreachValues FromJson(string json)
    {
        var values = new OutreachValues();
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, OutreachValue>>(json, Json) ?? [])
        {
            values.Add(name, value ?? throw new JsonException($"The outreach value '{name}' is null."));
        }

        return values;
    }

    private OutreachValues Add(string name, OutreachValue value)
    {
        _values[name] = value;
        return this;
    }
}
