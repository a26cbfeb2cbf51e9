using GiveBack.Data.Postgres;
using GiveBack.GivingDays.Calendar;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Challenges;

/// <summary>
/// A campaign's challenges and the gifts they count. Counting a gift, and giving it back on its reversal, is one short
/// transaction with the challenge's row locked (<c>FOR UPDATE</c>): gifts racing for one challenge queue on that row,
/// so each sees what the one before committed, and exactly one of them finds the threshold newly reached.
/// </summary>
public sealed class CampaignChallenges(IDbContextFactory<GivingDaysDbContext> contexts, CampaignTermsCache<CampaignChallengeRecord> terms, TimeProvider clock)
{
    private const string PrimaryKey = "pk_campaign_challenges";

    /// <summary>Stores a new challenge; the same id again (a retried request) gets the stored challenge and <c>false</c>.</summary>
    public async Task<(CampaignChallengeRecord Challenge, bool Created)> CreateAsync(CampaignChallengeRecord challenge, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.CampaignChallenges.Add(challenge);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            terms.Forget(challenge.CampaignId);
            return (challenge, true);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(PrimaryKey))
        {
            return ((await FindAsync(challenge.Id, cancellationToken))!, false);
        }
    }

    public async Task<CampaignChallengeRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CampaignChallenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>The campaign's challenges, oldest first (one indexed query: what every booked gift of the campaign pays).</summary>
    public async Task<IReadOnlyList<CampaignChallengeRecord>> OfCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CampaignChallenges.AsNoTracking()
            .Where(c => c.CampaignId == campaignId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The alumni of record of a class year: the donors with that class year, read through giving's published
    /// <c>donor_directory</c> (docs/architecture.md, "Reads across modules in SQL").
    /// </summary>
    public async Task<long> AlumniOfRecordAsync(int classYear, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Database
            .SqlQuery<long>($"""SELECT count(*) AS "Value" FROM donor_directory WHERE class_year = {classYear}""")
            .ToListAsync(cancellationToken))[0];
    }

    /// <summary>
    /// Counts an eligible gift toward the challenge, once: the gift's amount, and its donor unless already counted. The
    /// gift that brings the figure to the threshold while the challenge is locked is the one recorded as unlocking it.
    /// A gift seen before (a replay, or a reversal that came first) changes nothing. Answers the challenge as committed.
    /// For a participation challenge, <paramref name="alumniOfRecord"/> is the class's alumni of record, read before the lock.
    /// </summary>
    public async Task<CampaignChallengeRecord> CountAsync(
        Guid challengeId, Guid giftId, Guid donorId, long amount, long? alumniOfRecord, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var challenge = await LockAsync(db, challengeId, cancellationToken);
        if (await db.ChallengeGifts.AnyAsync(g => g.ChallengeId == challengeId && g.GiftId == giftId, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return challenge;
        }

        var now = clock.GetUtcNow();
        db.ChallengeGifts.Add(new ChallengeGiftRecord { ChallengeId = challengeId, GiftId = giftId, DonorId = donorId, Amount = amount, Counted = true, SeenAt = now });
        var donor = await db.ChallengeDonors.SingleOrDefaultAsync(d => d.ChallengeId == challengeId && d.DonorId == donorId, cancellationToken);
        if (donor is null)
        {
            db.ChallengeDonors.Add(new ChallengeDonorRecord { ChallengeId = challengeId, DonorId = donorId, StandingGifts = 1, FirstCountedAt = now });
            challenge.DonorCount++;
        }
        else
        {
            challenge.DonorCount += donor.StandingGifts == 0 ? 1 : 0;
            donor.StandingGifts++;
        }

        challenge.CountedAmount += amount;
        if (challenge.UnlockedAt is null && ChallengeProgress.Of(challenge, alumniOfRecord).Reaches(challenge.Kind, challenge.Threshold))
        {
            challenge.UnlockedAt = now;
            challenge.UnlockedByGiftId = giftId;
            challenge.UnlockedByDonorId = donorId;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return challenge;
    }

    /// <summary>
    /// After a gift's reversal: takes its amount back from the challenge, and its donor when it was the donor's only
    /// standing counted gift. An unlock stands (docs/architecture.md, "Giving days: challenges"). A gift the challenge
    /// has not seen yet is marked returned, so its late count (a replay) counts nothing; a retried reversal changes nothing.
    /// </summary>
    public async Task ReturnAsync(Guid challengeId, Guid giftId, Guid donorId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The same lock as counting: a count in flight for this gift commits first and is then given back, or sees this.
        var challenge = await LockAsync(db, challengeId, cancellationToken);
        var gift = await db.ChallengeGifts.SingleOrDefaultAsync(g => g.ChallengeId == challengeId && g.GiftId == giftId, cancellationToken);
        if (gift is null)
        {
            db.ChallengeGifts.Add(new ChallengeGiftRecord { ChallengeId = challengeId, GiftId = giftId, DonorId = donorId, Amount = 0, Counted = false, SeenAt = at, ReturnedAt = at });
        }
        else if (gift is { Counted: true, ReturnedAt: null })
        {
            gift.ReturnedAt = at;
            challenge.CountedAmount -= gift.Amount;
            var donor = await db.ChallengeDonors.SingleAsync(d => d.ChallengeId == challengeId && d.DonorId == gift.DonorId, cancellationToken);
            donor.StandingGifts--;
            challenge.DonorCount -= donor.StandingGifts == 0 ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records the sponsor's gift booked for the unlock (the same gift again on a retry: it was booked under one key).</summary>
    public async Task LinkUnlockAsync(Guid challengeId, Guid sponsorGiftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.CampaignChallenges
            .Where(c => c.Id == challengeId && c.UnlockedAt != null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UnlockGiftId, sponsorGiftId), cancellationToken);
    }

    private static async Task<CampaignChallengeRecord> LockAsync(GivingDaysDbContext db, Guid challengeId, CancellationToken cancellationToken) =>
        (await db.CampaignChallenges
            .FromSql($"SELECT * FROM campaign_challenges WHERE id = {challengeId} FOR UPDATE")
            .ToListAsync(cancellationToken)).Single();
}
