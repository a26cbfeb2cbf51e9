namespace GiveBack.Grains.Abstractions.Payments;

/// <summary>
/// A payment as its grain sees it. <see cref="StandingGiftId"/> is the gift that stands for it now — the first gift, or
/// the remainder booked after a partial refund — and null when nothing stands (refunded in full, dispute lost) or
/// nothing was booked; the receipt follows it.
/// </summary>
[GenerateSerializer, Immutable, Alias("giveback.payment-view")]
public sealed record PaymentView(
    [property: Id(0)] string Key,
    [property: Id(1)] PaymentStatus Status,
    [property: Id(2)] Guid? GiftId,
    [property: Id(3)] Guid? ReversalId,
    [property: Id(4)] long Amount,
    [property: Id(5)] string? Currency,
    [property: Id(6)] long AmountRefunded,
    [property: Id(7)] string? Note,
    [property: Id(8)] Guid? StandingGiftId = null);
