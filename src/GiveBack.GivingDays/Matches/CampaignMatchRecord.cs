using GiveBack.GivingDays.Eligibility;

namespace GiveBack.GivingDays.Matches;

/// <summary>
/// A sponsor's offer to match a campaign's gifts up to a cap. <see cref="MatchedAmount"/> is the capacity taken so
/// far; it moves only inside <see cref="CampaignMatches.TakeAsync"/>, under the row's lock, so it never passes the cap.
/// </summary>
public sealed class CampaignMatchRecord : IEligibilityTerms
{
    public Guid Id { get; init; }

    public Guid CampaignId { get; init; }

    public Guid SponsorDonorId { get; init; }

    /// <summary>With <see cref="MatchPer.Amount"/> the minor units given per minor unit received; with <see cref="MatchPer.Donor"/> the major units given per donor.</summary>
    public decimal Ratio { get; init; }

    public required string Per { get; init; }

    public long CapAmount { get; init; }

    public required string Currency { get; init; }

    public long MatchedAmount { get; set; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    /// <summary>Empty: every class year (and donors without one).</summary>
    public int[] ClassYears { get; init; } = [];

    /// <summary>Empty: every fund (and gifts without one).</summary>
    public string[] Funds { get; init; } = [];

    public bool NewDonorsOnly { get; init; }

    public bool FirstGiftOfDay { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
