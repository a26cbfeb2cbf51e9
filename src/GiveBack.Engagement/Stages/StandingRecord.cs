namespace GiveBack.Engagement.Stages;

/// <summary>
/// A donor's current stage, kept beside the stage changes in the same transaction so that reports and segments can
/// count stages with one query. A donor without a row is on the entry rung.
/// </summary>
public sealed class StandingRecord
{
    public Guid DonorId { get; init; }

    public required string Stage { get; set; }

    public DateTimeOffset Since { get; set; }

    public required string Reason { get; set; }

    public bool Ambassador { get; set; }

    public string[] AmbassadorReasons { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
