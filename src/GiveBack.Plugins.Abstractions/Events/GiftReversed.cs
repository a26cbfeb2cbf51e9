namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>A recorded gift was reversed (refund, dispute lost, write-off) by a reversing ledger entry.</summary>
/// <param name="GiftId">The reversed gift.</param>
/// <param name="DonorId">The donor.</param>
/// <param name="AmountMinor">Amount reversed in minor units of <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 currency code.</param>
/// <param name="ReversedAt">When the reversal was recorded.</param>
/// <param name="Reason">Why, e.g. <c>refund</c>, <c>dispute</c>, <c>write-off</c>.</param>
public sealed record GiftReversed(Guid GiftId, Guid DonorId, long AmountMinor, string Currency, DateTimeOffset ReversedAt, string Reason) : GiveBackEvent(DonorId);
