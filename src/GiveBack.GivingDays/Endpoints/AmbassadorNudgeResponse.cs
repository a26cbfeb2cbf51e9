namespace GiveBack.GivingDays.Endpoints;

/// <summary>Whether the nudge was queued now (false: this request's Idempotency-Key queued it before).</summary>
public sealed record AmbassadorNudgeResponse(Guid AmbassadorId, bool Queued);
