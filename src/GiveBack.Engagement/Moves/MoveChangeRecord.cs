namespace GiveBack.Engagement.Moves;

/// <summary>A past state of a prospect's moves, appended whenever the current one changes.</summary>
public sealed class MoveChangeRecord
{
    public long Id { get; init; }

    public Guid DonorId { get; init; }

    public MoveStage Stage { get; init; }

    public required string OfficerId { get; init; }

    public string? NextStep { get; init; }

    public DateOnly? DueOn { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
