using GiveBack.GivingDays.Eligibility;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// A sponsor's challenge on a campaign: once the eligible gifts booked from <c>startsAt</c> (included) to <c>endsAt</c>
/// (excluded) reach <c>threshold</c>, the sponsor gives <c>unlockAmount</c> (minor units of the campaign's currency).
/// <c>kind</c> says what the threshold counts: <c>donors</c> (distinct donors), <c>amount</c> (minor units),
/// <c>participation</c> (percent of one class's alumni of record: <c>eligibility.classYears</c> names exactly one year)
/// or <c>nthDonor</c> (the gift of the Nth distinct donor unlocks it). A window of an hour is a "power hour".
/// </summary>
public sealed record ChallengeRequest(
    Guid? SponsorDonorId,
    string? Kind,
    long? Threshold,
    long? UnlockAmount,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    EligibilityRequest? Eligibility);
