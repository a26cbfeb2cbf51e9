using CsCheck;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Pledges.Rules;

namespace GiveBack.Payments.Tests.Rules;

/// <summary>The pledge's reservation rule on its own: no silo, no database.</summary>
public sealed class PledgeHoldsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_second_payment_that_fits_the_balance_but_not_beside_a_held_one_is_an_overpayment()
    {
        var (first, holds) = PledgeHolds.None.Reserve(Guid.NewGuid(), 600, 1_000, PledgeRefusal.None, Start, Lifetime);
        var (second, after) = holds.Reserve(Guid.NewGuid(), 600, 1_000, PledgeRefusal.None, Start, Lifetime);

        Assert.Equal(PledgeRefusal.None, first);
        Assert.Equal(PledgeRefusal.Overpayment, second);
        Assert.Equal(600, after.Held);
    }

    [Fact]
    public void A_retry_replaces_its_own_hold_and_an_expired_hold_frees_the_balance()
    {
        var request = Guid.NewGuid();
        var (_, held) = PledgeHolds.None.Reserve(request, 1_000, 1_000, PledgeRefusal.None, Start, Lifetime);
        var (retry, retried) = held.Reserve(request, 1_000, 1_000, PledgeRefusal.None, Start, Lifetime);
        var (other, later) = retried.Reserve(Guid.NewGuid(), 1_000, 1_000, PledgeRefusal.None, Start + Lifetime, Lifetime);

        Assert.Equal(PledgeRefusal.None, retry);
        Assert.Equal(PledgeRefusal.None, other);
        Assert.Equal(1_000, later.Held);
    }

    [Fact]
    public void A_refusal_of_the_terms_holds_nothing()
    {
        var (refusal, holds) = PledgeHolds.None.Reserve(Guid.NewGuid(), 10, 1_000, PledgeRefusal.CurrencyMismatch, Start, Lifetime);

        Assert.Equal(PledgeRefusal.CurrencyMismatch, refusal);
        Assert.Equal(0, holds.Held);
    }

    /// <summary>
    /// Any interleaving of requests — reserving, retrying, settling with or without a booked payment, the clock moving
    /// past holds — never lets what was paid and what is held exceed the pledge, so the pledge is never overpaid. A
    /// payment is applied for a request still holding its amount (a request whose hold expired is gone: the hold
    /// outlives any attempt).
    /// </summary>
    [Fact]
    public void Any_sequence_of_payments_never_overpays_the_pledge()
    {
        var step = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Long[1, 1_500], Gen.Bool, Gen.Int[0, 7]);
        var runs = Gen.Select(Gen.Long[1, 1_000], step.Array[1, 40]);

        runs.Sample(run =>
        {
            var (total, steps) = run;
            var holds = PledgeHolds.None;
            var now = Start;
            long paid = 0;
            foreach (var (kind, request, amount, booked, minutes) in steps)
            {
                var id = new Guid(request, 0, 0, new byte[8]);
                switch (kind)
                {
                    case 0:
                        (_, holds) = holds.Reserve(id, amount, total - paid, paid >= total ? PledgeRefusal.Closed : PledgeRefusal.None, now, Lifetime);
                        break;
                    case 1:
                        if (booked && holds.Holds.TryGetValue(id, out var hold) && hold.Until > now)
                        {
                            paid += hold.Amount;
                        }

                        holds = holds.Settle(id);
                        break;
                    default:
                        now += TimeSpan.FromMinutes(minutes);
                        break;
                }

                var live = holds.Holds.Values.Where(h => h.Until > now).Sum(h => h.Amount);
                Assert.True(paid + live <= total, $"paid {paid} and held {live} exceed the pledge of {total}");
            }
        });
    }
}
