using GiveBack.GivingDays.Matches;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// One gift's share of a match: what it asked for, what it got (less when the cap ran out), and the sponsor's gift that
/// pays it (null for the moment between taking the capacity and booking that gift); <c>returnedAt</c> when the gift's
/// reversal gave the amount back to the match.
/// </summary>
public sealed record MatchAllocationResponse(
    Guid GiftId, Guid DonorId, long WantedAmount, long Amount, Guid? MatchingGiftId, DateTimeOffset AllocatedAt, DateTimeOffset? ReturnedAt)
{
    public static MatchAllocationResponse From(MatchAllocationRecord allocation) => new(
        allocation.GiftId, allocation.DonorId, allocation.WantedAmount, allocation.Amount, allocation.MatchingGiftId, allocation.AllocatedAt, allocation.ReturnedAt);
}
