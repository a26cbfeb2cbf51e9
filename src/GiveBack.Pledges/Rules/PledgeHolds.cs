using System.Collections.Immutable;
using GiveBack.Grains.Abstractions.Pledges;

namespace GiveBack.Pledges.Rules;

/// <summary>
/// The pure reservation rule of a pledge (no Orleans, no I/O): the parts of its balance held for payments being
/// booked. A payment is accepted only when it fits what is owed minus what others hold, so two payments booked together
/// can never overpay the pledge. A request's hold is named after the request, so its retry replaces it rather than
/// being refused by it; a hold nobody settles expires.
/// </summary>
public sealed record PledgeHolds(ImmutableDictionary<Guid, PledgeHold> Holds)
{
    public static readonly PledgeHolds None = new(ImmutableDictionary<Guid, PledgeHold>.Empty);

    /// <summary>What the holds keep from the balance.</summary>
    public long Held => Holds.Values.Sum(h => h.Amount);

    /// <param name="holdId">The request's hold; a previous hold under the same id is replaced.</param>
    /// <param name="amount">The payment.</param>
    /// <param name="balance">What is still owed on the pledge.</param>
    /// <param name="refusal">What the pledge's terms already say about this payment (donor, campaign, currency, closed).</param>
    /// <param name="now">The clock, to drop expired holds.</param>
    /// <param name="lifetime">How long a new hold lasts.</param>
    public (PledgeRefusal Refusal, PledgeHolds Holds) Reserve(Guid holdId, long amount, long balance, PledgeRefusal refusal, DateTimeOffset now, TimeSpan lifetime)
    {
        var others = new PledgeHolds(Holds.Remove(holdId).RemoveRange(Holds.Where(h => h.Value.Until <= now).Select(h => h.Key)));
        if (refusal == PledgeRefusal.None && amount > balance - others.Held)
        {
            refusal = PledgeRefusal.Overpayment;
        }

        return refusal == PledgeRefusal.None
            ? (refusal, new PledgeHolds(others.Holds.SetItem(holdId, new PledgeHold(amount, now + lifetime))))
            : (refusal, others);
    }

    /// <summary>The request is done (its payment applied, or not written): its hold goes.</summary>
    public PledgeHolds Settle(Guid holdId) => new(Holds.Remove(holdId));
}
