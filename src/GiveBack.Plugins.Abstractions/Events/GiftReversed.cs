namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A recorded gift was reversed (refund, dispute lost, bounced cheque) by a reversing ledger entry.</summary>
/// <param name="GiftId">The reversed gift.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="AmountMinor">Amount reversed (positive) in minor units of <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 currency code.</param>
/// <param name="ReversedAt">When the reversal was recorded.</param>
/// <param name="Reason">Why, e.g. <c>refund</c>, <c>dispute</c>, <c>bounced</c>.</param>
/// <param name="ReversalId">The reversing ledger entry.</param>
/// <param name="CampaignId">The campaign the gift credited.</param>
/// <param name="Source">Where the gift came from: <c>offline</c> or <c>stripe</c>.</param>
public sealed record GiftReversed(
    Guid GiftId,
    Guid DonorId,
    long AmountMinor,
    string Currency,
    DateTimeOffset ReversedAt,
    string Reason,
    Guid ReversalId,
    Guid CampaignId,
    string Source) : GiveBackEvent(DonorId);
