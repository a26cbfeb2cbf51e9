using GiveBack.GivingDays.Eligibility;

namespace GiveBack.GivingDays.Challenges;

/// <summary>
/// A sponsor's promise to give <see cref="UnlockAmount"/> once a campaign's eligible gifts in the window reach
/// <see cref="Threshold"/>. The figures and the unlock move only inside <see cref="CampaignChallenges"/>' transactions,
/// under the row's lock, so the unlock happens once and names the gift that crossed the line.
/// </summary>
public sealed class CampaignChallengeRecord : IEligibilityTerms
{
    public Guid Id { get; init; }

    public Guid CampaignId { get; init; }

    public Guid SponsorDonorId { get; init; }

    public required string Kind { get; init; }

    /// <summary>Donors (<see cref="ChallengeKind.Donors"/>, <see cref="ChallengeKind.NthDonor"/>), minor units (<see cref="ChallengeKind.Amount"/>) or a percentage (<see cref="ChallengeKind.Participation"/>).</summary>
    public long Threshold { get; init; }

    /// <summary>The sponsor's gift when the challenge unlocks, in minor units of <see cref="Currency"/>.</summary>
    public long UnlockAmount { get; init; }

    public required string Currency { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    public int[] ClassYears { get; init; } = [];

    public string[] Funds { get; init; } = [];

    public bool NewDonorsOnly { get; init; }

    public bool FirstGiftOfDay { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Donors with at least one standing counted gift (a reversed gift's donor leaves when it was their only one).</summary>
    public int DonorCount { get; set; }

    /// <summary>The standing counted gifts' amounts.</summary>
    public long CountedAmount { get; set; }

    public DateTimeOffset? UnlockedAt { get; set; }

    /// <summary>The donor's gift that crossed the threshold.</summary>
    public Guid? UnlockedByGiftId { get; set; }

    public Guid? UnlockedByDonorId { get; set; }

    /// <summary>The sponsor's gift booked for the unlock; null between the unlock's commit and that booking.</summary>
    public Guid? UnlockGiftId { get; set; }
}
