namespace GiveBack.Engagement.Stages;

/// <summary>A donor moved between stages: when, from where, to where and why. Append-only.</summary>
public sealed class StageChangeRecord
{
    public long Id { get; init; }

    public Guid DonorId { get; init; }

    public required string FromStage { get; init; }

    public required string ToStage { get; init; }

    public required string Reason { get; init; }

    /// <summary>The score at the moment of the change.</summary>
    public double Score { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
