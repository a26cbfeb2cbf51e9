namespace GiveBack.Payments;

public sealed record WebhookOutcome(WebhookStatus Status, string? EventId = null, string? Message = null);
