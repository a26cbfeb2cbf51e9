namespace GiveBack.Grains.Abstractions.Donors;

/// <summary>
/// What booking a gift needs to know of its donor: the id the gift is booked under (the survivor's, after a merge)
/// and the class year the gift records. No giving summary: the gift path reads this on every gift.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.gift-donor")]
public sealed record GiftDonor([property: Id(0)] Guid Id, [property: Id(1)] int? ClassYear);
