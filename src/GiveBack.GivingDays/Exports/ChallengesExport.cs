using System.Runtime.CompilerServices;
using GiveBack.Domain.Exports;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Exports;

/// <summary>A giving day's challenges: the sponsor's promise, its threshold, what it has counted and its unlock.</summary>
public sealed class ChallengesExport(IDbContextFactory<GivingDaysDbContext> contexts) : IRecordExport
{
    public string Name => "campaign_challenges";

    public string Description => "One row per giving-day challenge: sponsor, kind, threshold, unlock gift, window, eligibility, figures and unlock.";

    public IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("challenge_id", "the challenge"),
        new("campaign_id", "the campaign (campaigns.csv)"),
        new("sponsor_donor_id", "the donor whose gift the unlock books (donors.csv)"),
        new("kind", "donors, amount, participation or nthDonor"),
        new("threshold", "donors, minor units (amount) or a percentage (participation)"),
        new("unlock_amount_minor", "the sponsor's gift when it unlocks, in minor units"),
        new("currency", "ISO 4217 code"),
        new("starts_at", "the window's start"),
        new("ends_at", "the window's end (excluded)"),
        new("class_years", "eligible class years, separated by spaces (empty: every year)"),
        new("funds", "eligible funds, separated by '|' (empty: every fund)"),
        new("new_donors_only", "true when only a donor's first gift counts"),
        new("first_gift_of_day", "true when only a donor's first gift of the day counts"),
        new("donor_count", "donors counted (challenge_donors.csv; a merge of two counted donors leaves this as counted)"),
        new("counted_amount_minor", "the standing counted gifts' amounts, in minor units"),
        new("unlocked_at", "when it unlocked, if it did"),
        new("unlocked_by_gift_id", "the donor's gift that crossed the threshold (gifts.csv)"),
        new("unlocked_by_donor_id", "that gift's donor (donors.csv)"),
        new("unlock_gift_id", "the sponsor's gift booked for the unlock (gifts.csv)"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var challenges = db.CampaignChallenges.AsNoTracking()
            .Where(c => donorId == null || c.SponsorDonorId == donorId || c.UnlockedByDonorId == donorId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);
        await foreach (var c in challenges.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                c.Id, c.CampaignId, c.SponsorDonorId, c.Kind, c.Threshold, c.UnlockAmount, c.Currency, c.StartsAt, c.EndsAt,
                string.Join(' ', c.ClassYears), string.Join('|', c.Funds), c.NewDonorsOnly, c.FirstGiftOfDay,
                c.DonorCount, c.CountedAmount, c.UnlockedAt, c.UnlockedByGiftId, c.UnlockedByDonorId, c.UnlockGiftId,
            ];
        }
    }
}
