namespace GiveBack.Grains.Abstractions.Engagement;

/// <summary>One dimension (attention, time, talent, treasure) of a score: its decayed points and its activities.</summary>
[GenerateSerializer, Immutable, Alias("giveback.dimension-score")]
public sealed record DimensionScore(
    [property: Id(0)] string Dimension,
    [property: Id(1)] double Score,
    [property: Id(2)] int Activities);
