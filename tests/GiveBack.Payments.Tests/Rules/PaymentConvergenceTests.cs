using CsCheck;
using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Rules;

namespace GiveBack.Payments.Tests.Rules;

/// <summary>The payment rules on their own: no silo, no database, just positions, observations and effects.</summary>
public sealed class PaymentConvergenceTests
{
    private const long Amount = 10_000;

    [Fact]
    public void A_success_books_the_gift_once_and_a_repeat_changes_nothing()
    {
        var first = Observe(PaymentPosition.New, PaymentEventKind.Succeeded, 0);
        var again = Observe(first.Position, PaymentEventKind.Succeeded, 0);

        Assert.Equal<PaymentEffect>([new BookGift()], first.Effects);
        Assert.Equal(PaymentStatus.Succeeded, first.Position.Status);
        Assert.Empty(again.Effects);
        Assert.Equal(first.Position, again.Position);
    }

    [Fact]
    public void A_refund_seen_before_the_success_books_the_gift_then_reverses_it()
    {
        var decision = Observe(PaymentPosition.New, PaymentEventKind.Refunded, Amount);

        Assert.Equal<PaymentEffect>([new BookGift(), new ReverseGift("Refunded through Stripe")], decision.Effects);
        Assert.Equal(PaymentStatus.Refunded, decision.Position.Status);
    }

    [Fact]
    public void A_partial_refund_rebooks_the_remainder_once_and_an_older_reading_does_not_undo_it()
    {
        var paid = Observe(PaymentPosition.New, PaymentEventKind.Succeeded, 0).Position;
        var partial = Observe(paid, PaymentEventKind.Refunded, 3_000);
        var stale = Observe(partial.Position, PaymentEventKind.Succeeded, 0);

        Assert.Equal<PaymentEffect>([new RebookRemainder(3_000)], partial.Effects);
        Assert.Equal(PaymentStatus.PartiallyRefunded, partial.Position.Status);
        Assert.Equal("Partially refunded: 3000 of 10000 USD.", partial.Position.Note);
        Assert.Empty(stale.Effects);
        Assert.Equal(partial.Position, stale.Position);
    }

    [Fact]
    public void A_dispute_opened_after_it_was_won_does_not_reopen_it()
    {
        var won = Observe(Observe(PaymentPosition.New, PaymentEventKind.DisputeWon, 0).Position, PaymentEventKind.DisputeOpened, 0);

        Assert.Equal(PaymentStatus.Succeeded, won.Position.Status);
        Assert.Equal(PaymentDispute.Won, won.Position.Dispute);
    }

    [Fact]
    public void A_lost_dispute_after_a_full_refund_reverses_nothing_more_and_outranks_the_refund()
    {
        var refunded = Observe(PaymentPosition.New, PaymentEventKind.Refunded, Amount).Position;
        var lost = Observe(refunded, PaymentEventKind.DisputeLost, Amount);

        Assert.Empty(lost.Effects);
        Assert.Equal(PaymentStatus.DisputeLost, lost.Position.Status);
    }

    [Fact]
    public void A_failure_after_the_success_is_ignored_and_one_before_it_is_overtaken()
    {
        var failed = PaymentConvergence.Observe(PaymentPosition.New, PaymentEventKind.Failed, null, "Card declined");
        var paid = Observe(failed.Position, PaymentEventKind.Succeeded, 0);
        var late = PaymentConvergence.Observe(paid.Position, PaymentEventKind.Failed, null, "Card declined");

        Assert.Equal(PaymentStatus.Failed, failed.Position.Status);
        Assert.Equal("Card declined", failed.Position.Note);
        Assert.Equal(PaymentStatus.Succeeded, paid.Position.Status);
        Assert.Null(paid.Position.Note);
        Assert.Equal(paid.Position, late.Position);
    }

    [Fact]
    public void A_payment_that_cannot_be_booked_needs_attention_and_books_once_it_can()
    {
        Assert.False(PaymentConvergence.WouldBook(PaymentPosition.New, PaymentEventKind.Failed));
        Assert.True(PaymentConvergence.WouldBook(PaymentPosition.New, PaymentEventKind.Succeeded));

        var stuck = PaymentConvergence.Observe(PaymentPosition.New, PaymentEventKind.Succeeded, Charge(0), cannotBook: "Campaign x does not exist.");
        var fixedUp = Observe(stuck.Position, PaymentEventKind.Succeeded, 0);

        Assert.Empty(stuck.Effects);
        Assert.Equal(PaymentStatus.NeedsAttention, stuck.Position.Status);
        Assert.Equal("Campaign x does not exist.", stuck.Position.Note);
        Assert.Equal<PaymentEffect>([new BookGift()], fixedUp.Effects);
        Assert.Equal(PaymentStatus.Succeeded, fixedUp.Position.Status);
    }

    /// <summary>
    /// Stripe delivers a payment's events in any order and more than once. Whatever the order and the repeats, the
    /// payment ends in the same position and the ledger in the same net amount: one gift, at most one final reversal,
    /// each refunded total rebooked at most once, and the net is what the processor kept — nothing booked twice,
    /// no refund lost.
    /// </summary>
    [Fact]
    public void Any_order_and_repetition_of_a_payments_events_converges_on_one_position_and_one_net_ledger_effect()
    {
        var deliveries =
            from history in Histories
            from first in Gen.Shuffle(history.Events)
            from repeats in Gen.Int[0, history.Events.Length - 1].Array[0, 4]
            from second in Gen.Shuffle(history.Events.Concat(repeats.Select(i => history.Events[i])).ToArray())
            select (history.Amount, First: first, Second: second);

        deliveries.Sample(d =>
        {
            var one = Replay(d.First);
            var other = Replay(d.Second);
            var refunded = d.First.Max(e => e.Refunded);
            var reversed = refunded >= d.Amount || d.First.Any(e => e.Kind == PaymentEventKind.DisputeLost);

            Assert.Equal(Comparable(one.Position), Comparable(other.Position));
            foreach (var (position, ledger) in new[] { one, other })
            {
                Assert.Equal(1, ledger.Books);
                Assert.True(ledger.Reversals <= 1, "reversed twice");
                Assert.Equal(reversed, position.Reversed);
                Assert.Equal(refunded, position.AmountRefunded);
                Assert.Equal(reversed ? 0 : d.Amount - refunded, ledger.Net);
            }
        });
    }

    private sealed record Event(PaymentEventKind Kind, long Amount, long Refunded);

    /// <summary>One payment's distinct events: the success, its refunds (each carrying the refunded total so far), maybe a failed attempt and a dispute.</summary>
    private static readonly Gen<(long Amount, Event[] Events)> Histories =
        from amount in Gen.Long[100, 100_000]
        from refunds in Gen.Long[1, amount].Array[0, 3]
        from dispute in Gen.Int[0, 3]
        from snapshots in Gen.Int[0, 3].Array[3]
        from failedFirst in Gen.Bool
        select (amount, EventsOf(amount, refunds, dispute, snapshots, failedFirst));

    private static Event[] EventsOf(long amount, long[] refunds, int dispute, int[] snapshots, bool failedFirst)
    {
        long[] totals = [0, .. refunds.Distinct().Order()];
        var events = new List<Event> { new(PaymentEventKind.Succeeded, amount, 0) };
        events.AddRange(totals.Skip(1).Select(r => new Event(PaymentEventKind.Refunded, amount, r)));
        PaymentEventKind[] disputeEvents = dispute switch
        {
            1 => [PaymentEventKind.DisputeOpened],
            2 => [PaymentEventKind.DisputeOpened, PaymentEventKind.DisputeWon],
            3 => [PaymentEventKind.DisputeOpened, PaymentEventKind.DisputeLost],
            _ => [],
        };

        // A dispute event shows the charge as it was when it happened: with any of the refunded totals so far.
        events.AddRange(disputeEvents.Select((kind, i) => new Event(kind, amount, totals[snapshots[i] % totals.Length])));
        if (failedFirst)
        {
            events.Add(new Event(PaymentEventKind.Failed, amount, 0));
        }

        return [.. events];
    }

    private sealed record Ledger(int Books, int Reversals, long Net);

    /// <summary>Folds the events through the rules and performs their effects on a ledger that keeps only sums.</summary>
    private static (PaymentPosition Position, Ledger Ledger) Replay(Event[] events)
    {
        var position = PaymentPosition.New;
        var ledger = new Ledger(0, 0, 0);
        long standing = 0;
        foreach (var e in events)
        {
            var decision = e.Kind == PaymentEventKind.Failed
                ? PaymentConvergence.Observe(position, e.Kind, null, "declined")
                : PaymentConvergence.Observe(position, e.Kind, new ChargeReading(e.Amount, "USD", e.Refunded));
            foreach (var effect in decision.Effects)
            {
                switch (effect)
                {
                    case BookGift:
                        standing = e.Amount;
                        ledger = ledger with { Books = ledger.Books + 1, Net = ledger.Net + standing };
                        break;
                    case RebookRemainder rebook:
                        Assert.True(rebook.Refunded > position.BookedRefund, "a refunded total was rebooked twice");
                        ledger = ledger with { Net = ledger.Net - standing + (e.Amount - rebook.Refunded) };
                        standing = e.Amount - rebook.Refunded;
                        break;
                    case ReverseGift:
                        ledger = ledger with { Reversals = ledger.Reversals + 1, Net = ledger.Net - standing };
                        standing = 0;
                        break;
                }
            }

            position = decision.Position;
        }

        return (position, ledger);
    }

    /// <summary>How much of the refund was rebooked before a final reversal depends on the order; after it, it no longer matters.</summary>
    private static PaymentPosition Comparable(PaymentPosition position) =>
        position.Reversed ? position with { BookedRefund = 0 } : position;

    private static PaymentDecision Observe(PaymentPosition position, PaymentEventKind kind, long refunded) =>
        PaymentConvergence.Observe(position, kind, Charge(refunded));

    private static ChargeReading Charge(long refunded) => new(Amount, "USD", refunded);
}
