using GiveBack.Domain.Donors;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Merging;

/// <summary>
/// A giving day's part of a merge: the merged donor's match allocations and the matches it sponsors move to the
/// survivor, so a per-donor match still sees the survivor as matched once and a sponsor's figures stay whole. The
/// money itself moves with the ledger rows (giving's step); nothing here is an amount.
/// Challenges: the donor's counted gifts and donor rows move too (a challenge counted both: one row with both's
/// standing gifts; the challenge's donor count stays as counted), and so do the challenges it sponsors or unlocked.
/// Ambassadors move unless the survivor already is one of that giving day: then both rows stay, the merged one on
/// its old id, as gifts in the ledger name it (docs/architecture.md, "Giving days: export, merge and erasure").
/// </summary>
public sealed class GivingDaysMergeStep(IDbContextFactory<GivingDaysDbContext> contexts) : IDonorMergeStep
{
    public int Order => 45;

    public async Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return
        [
            new MergeCount("match allocations", await db.MatchAllocations.CountAsync(a => a.DonorId == mergedDonorId, cancellationToken)),
            new MergeCount("sponsored matches", await db.CampaignMatches.CountAsync(m => m.SponsorDonorId == mergedDonorId, cancellationToken)),
            new MergeCount("challenge donors", await db.ChallengeDonors.CountAsync(d => d.DonorId == mergedDonorId, cancellationToken)),
            new MergeCount("sponsored challenges", await db.CampaignChallenges.CountAsync(c => c.SponsorDonorId == mergedDonorId, cancellationToken)),
            new MergeCount("ambassadors", await db.Ambassadors.CountAsync(a => a.DonorId == mergedDonorId, cancellationToken)),
        ];
    }

    public async Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MatchAllocations.Where(a => a.DonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DonorId, survivorId), cancellationToken);
        await db.CampaignMatches.Where(m => m.SponsorDonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SponsorDonorId, survivorId), cancellationToken);
        await MoveChallengesAsync(db, mergedDonorId, survivorId, cancellationToken);

        // An ambassador's (campaign, donor) is unique: where the survivor already is one, the merged row stays as it is.
        await db.Ambassadors
            .Where(a => a.DonorId == mergedDonorId && !db.Ambassadors.Any(s => s.CampaignId == a.CampaignId && s.DonorId == survivorId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DonorId, survivorId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task MoveChallengesAsync(GivingDaysDbContext db, Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        // The challenges' own lock, in id order as counting takes one at a time: no gift is counted or returned for
        // either donor while their rows move.
        await db.Database.ExecuteSqlAsync($"""
            SELECT 1 FROM campaign_challenges
            WHERE id IN (SELECT challenge_id FROM challenge_donors WHERE donor_id IN ({mergedDonorId}, {survivorId}))
            ORDER BY id FOR UPDATE
            """, cancellationToken);

        // Counted both: the survivor's row takes the merged one's standing gifts, so a reversal of either's gift finds it.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE challenge_donors s SET standing_gifts = s.standing_gifts + m.standing_gifts,
                   first_counted_at = least(s.first_counted_at, m.first_counted_at)
            FROM challenge_donors m
            WHERE m.donor_id = {mergedDonorId} AND s.donor_id = {survivorId} AND s.challenge_id = m.challenge_id
            """, cancellationToken);
        await db.ChallengeDonors
            .Where(m => m.DonorId == mergedDonorId && db.ChallengeDonors.Any(s => s.ChallengeId == m.ChallengeId && s.DonorId == survivorId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.ChallengeDonors.Where(d => d.DonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DonorId, survivorId), cancellationToken);
        await db.ChallengeGifts.Where(g => g.DonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.DonorId, survivorId), cancellationToken);
        await db.CampaignChallenges.Where(c => c.SponsorDonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SponsorDonorId, survivorId), cancellationToken);
        await db.CampaignChallenges.Where(c => c.UnlockedByDonorId == mergedDonorId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UnlockedByDonorId, survivorId), cancellationToken);
    }
}
