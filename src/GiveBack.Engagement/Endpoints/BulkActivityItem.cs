namespace GiveBack.Engagement.Endpoints;

/// <summary>One activity of a bulk import, e.g. one attendee of an event.</summary>
public sealed record BulkActivityItem(Guid? DonorId, string? Type, DateTimeOffset? OccurredAt, string? Detail);
