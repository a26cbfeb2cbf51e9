namespace GiveBack.Engagement.Grains;

/// <summary>
/// What an engagement grain persists: the stage it decided and why. The score is derived from the activities on
/// activation, never stored; the database's standing row wins if the two ever disagree.
/// </summary>
[GenerateSerializer, Alias("giveback.engagement-state")]
public sealed class EngagementState
{
    [Id(0)] public string? Stage { get; set; }

    [Id(1)] public DateTimeOffset? StageSince { get; set; }

    [Id(2)] public string? StageReason { get; set; }

    [Id(3)] public string[] AmbassadorReasons { get; set; } = [];
}
