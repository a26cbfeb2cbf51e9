namespace GiveBack.Grains.Abstractions.Engagement;

/// <summary>A donor's engagement at <see cref="AsOf"/>: the decayed score explained by dimension, and the stage.</summary>
[GenerateSerializer, Immutable, Alias("giveback.engagement-view")]
public sealed record EngagementView(
    [property: Id(0)] Guid DonorId,
    [property: Id(1)] double Score,
    [property: Id(2)] DimensionScore[] Dimensions,
    [property: Id(3)] string Stage,
    [property: Id(4)] DateTimeOffset? StageSince,
    [property: Id(5)] string? StageReason,
    [property: Id(6)] bool Ambassador,
    [property: Id(7)] string[] AmbassadorReasons,
    [property: Id(8)] DateTimeOffset? LastActivityAt,
    [property: Id(9)] int Activities,
    [property: Id(10)] DateTimeOffset AsOf);
