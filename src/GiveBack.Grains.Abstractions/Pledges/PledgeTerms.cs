using GiveBack.Domain.Pledges;

namespace GiveBack.Grains.Abstractions.Pledges;

/// <summary>What a donor promises: a total in minor units, paid in equal installments from a first due date.</summary>
[GenerateSerializer, Immutable, Alias("giveback.pledge-terms")]
public sealed record PledgeTerms(
    [property: Id(0)] Guid DonorId,
    [property: Id(1)] Guid CampaignId,
    [property: Id(2)] string? Fund,
    [property: Id(3)] long TotalAmount,
    [property: Id(4)] string Currency,
    [property: Id(5)] int InstallmentCount,
    [property: Id(6)] PledgeFrequency Frequency,
    [property: Id(7)] DateOnly FirstDueOn);
