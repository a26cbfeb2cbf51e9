using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Rules;

namespace GiveBack.Payments;

/// <summary>
/// What a payment grain persists: where the payment stands and the ledger rows it made. The ledger's unique
/// external id and reversal indexes stay the last line of defence if this state were ever lost.
/// </summary>
[GenerateSerializer, Alias("giveback.payment-state")]
public sealed class PaymentState
{
    [Id(0)] public PaymentStatus Status { get; set; } = PaymentStatus.Pending;

    [Id(1)] public Guid? GiftId { get; set; }

    [Id(2)] public Guid? ReversalId { get; set; }

    [Id(3)] public long Amount { get; set; }

    [Id(4)] public string? Currency { get; set; }

    [Id(5)] public long AmountRefunded { get; set; }

    [Id(6)] public string? Note { get; set; }

    /// <summary>Kept for states written before <see cref="Dispute"/>: true means a dispute is open.</summary>
    [Id(7)] public bool Disputed { get; set; }

    /// <summary>
    /// The gift that stands for this payment now: the first gift until a partial refund, then the remainder booked
    /// in its place. <see cref="GiftId"/> stays the first gift, which carries the receipt.
    /// </summary>
    [Id(8)] public Guid? StandingGiftId { get; set; }

    /// <summary>How much of <see cref="AmountRefunded"/> the ledger already reflects.</summary>
    [Id(9)] public long BookedRefund { get; set; }

    /// <summary>How far the payment's dispute has gone; it only moves forward (see <see cref="PaymentDispute"/>).</summary>
    [Id(10)] public PaymentDispute Dispute { get; set; }
}
