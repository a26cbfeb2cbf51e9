namespace GiveBack.Engagement.Activities;

/// <summary>An activity to record; its id is derived from the Idempotency-Key when there is one, so a retry finds it.</summary>
public sealed record NewActivity(Guid Id, Guid DonorId, string Type, DateTimeOffset OccurredAt, string? Detail);
