namespace GiveBack.Grains.Abstractions.Engagement;

/// <summary>A committed activity, handed to the donor's engagement grain; applying it twice changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("giveback.activity-fact")]
public sealed record ActivityFact(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid DonorId,
    [property: Id(2)] string Type,
    [property: Id(3)] DateTimeOffset OccurredAt);
