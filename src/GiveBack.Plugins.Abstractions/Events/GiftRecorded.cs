namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A gift was recorded in the ledger, with what a CRM needs to book it.</summary>
/// <param name="GiftId">The ledger's gift id.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="AmountMinor">Gross amount in minor units of <paramref name="Currency"/> (cents for USD).</param>
/// <param name="Currency">ISO 4217 currency code, e.g. <c>USD</c>.</param>
/// <param name="ReceivedAt">The day the gift was received, at 00:00 UTC (the gift date a CRM books).</param>
/// <param name="CampaignId">The campaign credited.</param>
/// <param name="CampaignName">The campaign's name when the gift was recorded.</param>
/// <param name="Fund">The designated fund, if any.</param>
/// <param name="Method">How it was paid: <c>cheque</c>, <c>cash</c>, <c>wire</c>, <c>card</c>, <c>stock</c>, <c>online</c>, <c>other</c>.</param>
/// <param name="PledgeId">The pledge this gift pays, if any.</param>
/// <param name="Recurring">True for an installment of a monthly gift.</param>
/// <param name="Source">Where it came from: <c>offline</c> (entered by staff) or <c>stripe</c>.</param>
/// <param name="FeeMinor">What the payment processor kept, in minor units, where known.</param>
/// <param name="NetMinor">What reached the institution, in minor units, where known.</param>
/// <param name="Anonymous">The donor asked not to be named publicly.</param>
/// <param name="RecordedAt">When the ledger recorded it.</param>
public sealed record GiftRecorded(
    Guid GiftId,
    Guid DonorId,
    long AmountMinor,
    string Currency,
    DateTimeOffset ReceivedAt,
    Guid CampaignId,
    string CampaignName,
    string? Fund,
    string Method,
    Guid? PledgeId,
    bool Recurring,
    string Source,
    long? FeeMinor,
    long? NetMinor,
    bool Anonymous,
    DateTimeOffset RecordedAt) : GiveBackEvent(DonorId);
