namespace GiveBack.Engagement.Endpoints;

/// <summary>An activity of the donor in the path. Every field is nullable so that a missing one is reported by name.</summary>
public sealed record ActivityRequest(string? Type, DateTimeOffset? OccurredAt, string? Detail);
