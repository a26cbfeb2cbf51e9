namespace GiveBack.Engagement.Moves;

/// <summary>Where a major-gift prospect stands now: the stage, the officer who owns the relationship, the next step.</summary>
public sealed class MoveRecord
{
    public Guid DonorId { get; init; }

    public MoveStage Stage { get; set; }

    public required string OfficerId { get; set; }

    public string? NextStep { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
