namespace GiveBack.StripeEmulator.Webhooks;

/// <summary>One copy of an event on its way to one endpoint; <paramref name="Generation"/> drops it after a reset.</summary>
internal sealed record WebhookDelivery(
    string EventId, string EventType, string Payload, string Url, int Copy, int Attempt, int Generation);
