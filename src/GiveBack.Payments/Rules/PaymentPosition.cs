using GiveBack.Grains.Abstractions.Payments;

namespace GiveBack.Payments.Rules;

/// <summary>
/// Where a payment stands, as the rules see it: what the processor said so far and what the ledger already reflects
/// (<see cref="Booked"/>, <see cref="BookedRefund"/>, <see cref="Reversed"/>), without the ledger rows' ids.
/// </summary>
public sealed record PaymentPosition(
    PaymentStatus Status,
    string? Note,
    long Amount,
    string? Currency,
    long AmountRefunded,
    PaymentDispute Dispute,
    bool Booked,
    long BookedRefund,
    bool Reversed)
{
    public static readonly PaymentPosition New = new(PaymentStatus.Pending, null, 0, null, 0, PaymentDispute.None, false, 0, false);
}
