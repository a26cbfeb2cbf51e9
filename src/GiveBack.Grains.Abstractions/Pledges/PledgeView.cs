using GiveBack.Domain.Pledges;

namespace GiveBack.Grains.Abstractions.Pledges;

[GenerateSerializer, Immutable, Alias("giveback.pledge-view")]
public sealed record PledgeView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] PledgeTerms Terms,
    [property: Id(2)] PledgeStanding Standing,
    [property: Id(3)] string? ClosingReason,
    [property: Id(4)] DateTimeOffset CreatedAt);
