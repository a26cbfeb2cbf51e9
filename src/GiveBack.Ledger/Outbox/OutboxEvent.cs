using System.Text.Json;

namespace GiveBack.Ledger.Outbox;

/// <summary>Builds outbox rows: the type is the event record's name and the payload its camelCase JSON.</summary>
public static class OutboxEvent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage For<TEvent>(TEvent @event, Guid? donorId, DateTimeOffset occurredAt)
        where TEvent : notnull =>
        new()
        {
            Type = typeof(TEvent).Name,
            DonorId = donorId,
            OccurredAt = occurredAt,
            Payload = JsonSerializer.Serialize(@event, Json),
        };
}
