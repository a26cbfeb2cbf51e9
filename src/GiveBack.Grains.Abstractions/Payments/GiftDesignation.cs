namespace GiveBack.Grains.Abstractions.Payments;

/// <summary>
/// What the donor asked for on the giving page: the fund, a tribute, anonymity, the donor's class year, the pledge it
/// pays, whether it is an installment of a monthly gift, and the giving-day ambassador whose link the donor followed.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.gift-designation")]
public sealed record GiftDesignation(
    [property: Id(0)] string? Fund,
    [property: Id(1)] string? TributeType,
    [property: Id(2)] string? TributeName,
    [property: Id(3)] bool Anonymous,
    [property: Id(4)] int? ClassYear,
    [property: Id(5)] Guid? PledgeId = null,
    [property: Id(6)] bool Recurring = false,
    [property: Id(7)] Guid? AmbassadorId = null);
