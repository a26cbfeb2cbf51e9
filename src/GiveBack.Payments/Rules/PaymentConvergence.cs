using GiveBack.Grains.Abstractions.Payments;

namespace GiveBack.Payments.Rules;

/// <summary>
/// The pure rule behind a payment's lifecycle (no Orleans, no I/O). Every observation converges the ledger towards
/// what the processor says now: a settled payment has exactly one standing gift; a full refund or a lost dispute
/// reverses it. A partial refund reverses the standing gift and books the remainder in its place ("reverse and
/// rebook"), so every reader keeps one rule — a gift stands unless reversed. The facts only grow (the refunded
/// total is a maximum, the dispute stage only moves forward), so any order or repetition of the same events ends
/// in the same position and the same net ledger effect.
/// </summary>
public static class PaymentConvergence
{
    /// <summary>Whether this observation would book the gift, so the caller must say first whether it can.</summary>
    public static bool WouldBook(PaymentPosition position, PaymentEventKind kind) =>
        kind != PaymentEventKind.Failed && !position.Booked;

    /// <param name="position">Where the payment stands.</param>
    /// <param name="kind">What the processor observed.</param>
    /// <param name="charge">The charge as the event shows it; required for every kind but a failure.</param>
    /// <param name="message">The processor's words on a failure.</param>
    /// <param name="cannotBook">Why the gift cannot be booked as it is (asked only when <see cref="WouldBook"/>); null when it can.</param>
    public static PaymentDecision Observe(PaymentPosition position, PaymentEventKind kind, ChargeReading? charge, string? message = null, string? cannotBook = null)
    {
        if (kind == PaymentEventKind.Failed)
        {
            // A failure only speaks for a payment that never settled: a retried card can still succeed later.
            return !position.Booked && position.Status is PaymentStatus.Pending or PaymentStatus.Failed
                ? new(position with { Status = PaymentStatus.Failed, Note = message ?? "The payment failed." }, [])
                : new(position, []);
        }

        ArgumentNullException.ThrowIfNull(charge);
        var p = position with
        {
            Amount = charge.Amount,
            Currency = charge.Currency,
            AmountRefunded = Math.Max(position.AmountRefunded, charge.AmountRefunded),
            Dispute = (PaymentDispute)Math.Max((int)position.Dispute, (int)DisputeOf(kind)),
        };

        var effects = new List<PaymentEffect>();
        if (!p.Booked)
        {
            if (cannotBook is not null)
            {
                return new(p with { Status = PaymentStatus.NeedsAttention, Note = cannotBook }, []);
            }

            effects.Add(new BookGift());
            p = p with { Booked = true };
        }

        var lost = p.Dispute == PaymentDispute.Lost;
        if (lost || (p.AmountRefunded >= p.Amount && p.Amount > 0))
        {
            if (!p.Reversed)
            {
                effects.Add(new ReverseGift(lost ? "Stripe dispute lost" : "Refunded through Stripe"));
                p = p with { Reversed = true };
            }

            // A lost dispute outranks a refund in the status, whichever was seen first: both reverse the same gift.
            return new(p with { Status = lost ? PaymentStatus.DisputeLost : PaymentStatus.Refunded, Note = null }, effects);
        }

        if (p.Reversed)
        {
            return new(p, effects);
        }

        if (p.AmountRefunded > 0)
        {
            if (p.AmountRefunded > p.BookedRefund)
            {
                effects.Add(new RebookRemainder(p.AmountRefunded));
                p = p with { BookedRefund = p.AmountRefunded };
            }

            return new(p with { Status = PaymentStatus.PartiallyRefunded, Note = $"Partially refunded: {p.AmountRefunded} of {p.Amount} {p.Currency}." }, effects);
        }

        return new(p with { Status = p.Dispute == PaymentDispute.Open ? PaymentStatus.Disputed : PaymentStatus.Succeeded, Note = null }, effects);
    }

    private static PaymentDispute DisputeOf(PaymentEventKind kind) => kind switch
    {
        PaymentEventKind.DisputeOpened => PaymentDispute.Open,
        PaymentEventKind.DisputeWon => PaymentDispute.Won,
        PaymentEventKind.DisputeLost => PaymentDispute.Lost,
        _ => PaymentDispute.None,
    };
}
