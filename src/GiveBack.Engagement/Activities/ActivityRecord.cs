namespace GiveBack.Engagement.Activities;

/// <summary>Something a donor did: one append-only fact, scored by its type and its age.</summary>
public sealed class ActivityRecord
{
    public Guid Id { get; init; }

    public Guid DonorId { get; init; }

    /// <summary>A configured activity type, e.g. <c>mentored-student</c>.</summary>
    public required string Type { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Free text, e.g. the event's name.</summary>
    public string? Detail { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
