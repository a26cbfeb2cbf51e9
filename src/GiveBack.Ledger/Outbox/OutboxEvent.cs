using System.Text.Json;
using GiveBack.Ledger.Outbox.Internal;
using GiveBack.Plugins.Abstractions.Events;

namespace GiveBack.Ledger.Outbox;

/// <summary>
/// The one way every producer builds an outbox row. Events for plugins are the contract's records
/// (<see cref="GiveBackEvent"/>), written in the contract's own wire form (<see cref="EventJson"/>), so what a producer
/// writes is exactly what the plugin host reads. The few internal facts live in <see cref="Internal"/>.
/// </summary>
public static class OutboxEvent
{
    private static readonly JsonSerializerOptions InternalJson = new(JsonSerializerDefaults.Web);

    public static OutboxMessage For(GiveBackEvent @event, DateTimeOffset occurredAt) =>
        new()
        {
            Type = EventJson.TypeOf(@event),
            DonorId = @event.DonorId,
            OccurredAt = occurredAt,
            Payload = EventJson.Serialize(@event),
        };

    public static OutboxMessage ForInternal(CampaignMilestoneReached @event, DateTimeOffset occurredAt) =>
        new()
        {
            Type = nameof(CampaignMilestoneReached),
            DonorId = null,
            OccurredAt = occurredAt,
            Payload = JsonSerializer.Serialize(@event, InternalJson),
        };
}
