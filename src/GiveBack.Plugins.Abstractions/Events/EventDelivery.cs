namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>One delivery of an event to a plugin. Delivery is at-least-once: dedupe on <paramref name="DeliveryId"/>.</summary>
/// <param name="DeliveryId">The outbox id of the event: the same on every retry and replay, unique per event.</param>
/// <param name="EventType">The event's type name, one of <see cref="EventTypes.All"/>.</param>
/// <param name="OccurredAt">When the event happened.</param>
/// <param name="Attempt">1 on the first try, then 2, 3… on retries.</param>
/// <param name="Event">The event itself.</param>
public sealed record EventDelivery(long DeliveryId, string EventType, DateTimeOffset OccurredAt, int Attempt, GiveBackEvent Event);
