namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A gift was recorded in the ledger.</summary>
/// <param name="GiftId">The ledger's gift id.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="AmountMinor">Amount in minor units of <paramref name="Currency"/> (cents for USD).</param>
/// <param name="Currency">ISO 4217 currency code, e.g. <c>USD</c>.</param>
/// <param name="ReceivedAt">When the gift was received.</param>
/// <param name="CampaignId">The campaign credited, if any.</param>
/// <param name="CampaignName">The campaign's name, if any.</param>
/// <param name="Fund">The designated fund, if any.</param>
/// <param name="PledgeId">The pledge this gift pays, if any.</param>
/// <param name="Recurring">True for an installment of a monthly gift.</param>
public sealed record GiftRecorded(Guid GiftId, Guid DonorId, long AmountMinor, string Currency, DateTimeOffset ReceivedAt, Guid? CampaignId, string? CampaignName, string? Fund, Guid? PledgeId, bool Recurring) : GiveBackEvent(DonorId);
