using System.Text.Json;

namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>
/// The wire form of events: camelCase System.Text.Json, as every producer writes it to the outbox <c>payload</c>
/// column and the host reads it back. Reading is strict: a payload that lacks a member the record requires, or
/// carries null where the record does not allow it, is refused (the host dead-letters it) rather than filled with
/// defaults. Plugins may use it to forward events unchanged.
/// </summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        [EventTypes.DonorChanged] = typeof(DonorChanged),
        [EventTypes.DonorErased] = typeof(DonorErased),
        [EventTypes.GiftRecorded] = typeof(GiftRecorded),
        [EventTypes.GiftReversed] = typeof(GiftReversed),
        [EventTypes.PledgeChanged] = typeof(PledgeChanged),
        [EventTypes.StageChanged] = typeof(StageChanged),
    };

    /// <summary>The type name of an event (the outbox <c>type</c> column).</summary>
    /// <param name="event">The event.</param>
    /// <returns>The record's name, e.g. <c>GiftRecorded</c>.</returns>
    public static string TypeOf(GiveBackEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return @event.GetType().Name;
    }

    /// <summary>Serializes an event to its camelCase JSON form.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(GiveBackEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return JsonSerializer.Serialize(@event, @event.GetType(), Options);
    }

    /// <summary>Reads an event back from its type name and JSON form.</summary>
    /// <param name="eventType">The type name, one of <see cref="EventTypes.All"/>.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event, or null when the type is unknown to this version of the contract.</returns>
    /// <exception cref="JsonException">The JSON does not match the type, lacks a required member or has a null where none is allowed.</exception>
    public static GiveBackEvent? Deserialize(string eventType, string json)
    {
        if (!Types.TryGetValue(eventType, out var type))
        {
            return null;
        }

        return (GiveBackEvent?)JsonSerializer.Deserialize(json, type, Options)
            ?? throw new JsonException($"The payload of a {eventType} is null.");
    }
}
