namespace GiveBack.GivingDays.Matches;

/// <summary>
/// The capacity one gift took from one match, written in the same transaction as the match's new total; the sponsor's
/// gift that pays it is <see cref="MatchingGiftId"/>, filled once that gift is booked.
/// </summary>
public sealed class MatchAllocationRecord
{
    public Guid MatchId { get; init; }

    /// <summary>The donor's gift that was matched.</summary>
    public Guid GiftId { get; init; }

    public Guid DonorId { get; init; }

    /// <summary>What the gift asked for (its amount times the ratio): more than <see cref="Amount"/> when the cap ran out.</summary>
    public long WantedAmount { get; init; }

    public long Amount { get; init; }

    public Guid? MatchingGiftId { get; set; }

    public DateTimeOffset AllocatedAt { get; init; }

    /// <summary>When the matched gift's reversal gave <see cref="Amount"/> back to the match (its window still open).</summary>
    public DateTimeOffset? ReturnedAt { get; set; }
}
