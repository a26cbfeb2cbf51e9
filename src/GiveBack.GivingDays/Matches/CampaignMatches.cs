using GiveBack.Data.Postgres;
using GiveBack.GivingDays.Calendar;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Matches;

/// <summary>
/// A campaign's matches and the capacity each gift takes from them. Taking capacity locks the match's row for one short
/// transaction: concurrent gifts queue on that row, first come first served, and the check constraint backs the cap.
/// </summary>
public sealed class CampaignMatches(IDbContextFactory<GivingDaysDbContext> contexts, CampaignTermsCache<CampaignMatchRecord> terms, TimeProvider clock)
{
    private const string PrimaryKey = "pk_campaign_matches";

    /// <summary>Stores a new match; the same id again (a retried request) gets the stored match and <c>false</c>.</summary>
    public async Task<(CampaignMatchRecord Match, bool Created)> CreateAsync(CampaignMatchRecord match, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.CampaignMatches.Add(match);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            terms.Forget(match.CampaignId);
            return (match, true);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation(PrimaryKey))
        {
            return ((await FindAsync(match.Id, cancellationToken))!, false);
        }
    }

    public async Task<CampaignMatchRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CampaignMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<CampaignMatchRecord>> OfCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CampaignMatches.AsNoTracking()
            .Where(m => m.CampaignId == campaignId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The matches of the campaign whose window holds <paramref name="at"/> (start included, end excluded), from the
    /// campaign's terms read at most once a second (<see cref="CampaignTermsCache{T}"/>): the gift path asks for every gift.
    /// </summary>
    public async Task<IReadOnlyList<CampaignMatchRecord>> OpenAsync(Guid campaignId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var all = await terms.GetAsync(campaignId, id => OfCampaignAsync(id, CancellationToken.None));
        return [.. all.Where(m => m.StartsAt <= at && m.EndsAt > at)];
    }

    public async Task<IReadOnlyList<MatchAllocationRecord>> AllocationsAsync(Guid matchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MatchAllocations.AsNoTracking()
            .Where(a => a.MatchId == matchId)
            .OrderBy(a => a.AllocatedAt).ThenBy(a => a.GiftId)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Takes up to <paramref name="wanted"/> of the match's remaining capacity for <paramref name="giftId"/>, or finds
    /// what that gift took before (a retry takes nothing more). Null when the gift gets nothing: the cap is spent, or a
    /// per-donor match already matched this donor.
    /// </summary>
    public async Task<MatchAllocationRecord?> TakeAsync(
        Guid matchId, Guid giftId, Guid donorId, long wanted, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The row lock is the queue: every check below reads what the gifts before this one committed.
        var match = (await db.CampaignMatches
            .FromSql($"SELECT * FROM campaign_matches WHERE id = {matchId} FOR UPDATE")
            .ToListAsync(cancellationToken)).Single();
        var taken = await db.MatchAllocations.AsNoTracking()
            .SingleOrDefaultAsync(a => a.MatchId == matchId && a.GiftId == giftId, cancellationToken);
        if (taken is not null)
        {
            return taken;
        }

        var amount = Math.Min(wanted, match.CapAmount - match.MatchedAmount);
        var donorMatched = match.Per == MatchPer.Donor
            && await db.MatchAllocations.AnyAsync(a => a.MatchId == matchId && a.DonorId == donorId, cancellationToken);
        if (amount <= 0 || donorMatched)
        {
            return null;
        }

        var allocation = new MatchAllocationRecord
        {
            MatchId = matchId,
            GiftId = giftId,
            DonorId = donorId,
            WantedAmount = wanted,
            Amount = amount,
            AllocatedAt = clock.GetUtcNow(),
        };
        match.MatchedAmount += amount;
        db.MatchAllocations.Add(allocation);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return allocation;
    }

    /// <summary>
    /// Gives back to their matches what <paramref name="giftId"/> took, for the matches whose window is still open at
    /// <paramref name="at"/>; a match already closed keeps it spent. Answers every allocation of the gift that stands
    /// returned, those of earlier attempts too, so a retried reversal finishes what its first attempt began.
    /// </summary>
    public async Task<IReadOnlyList<MatchAllocationRecord>> ReturnAsync(Guid giftId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Guid> matchIds;
        await using (var read = await contexts.CreateDbContextAsync(cancellationToken))
        {
            matchIds = await read.MatchAllocations.Where(a => a.GiftId == giftId).Select(a => a.MatchId).ToListAsync(cancellationToken);
        }

        var returned = new List<MatchAllocationRecord>();
        foreach (var matchId in matchIds)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The same lock as taking: a return and a gift racing for the freed capacity see each other's commits.
            var match = (await db.CampaignMatches
                .FromSql($"SELECT * FROM campaign_matches WHERE id = {matchId} FOR UPDATE")
                .ToListAsync(cancellationToken)).Single();
            var allocation = await db.MatchAllocations.SingleAsync(a => a.MatchId == matchId && a.GiftId == giftId, cancellationToken);
            if (allocation.ReturnedAt is null && match.EndsAt > at)
            {
                allocation.ReturnedAt = at;
                match.MatchedAmount -= allocation.Amount;
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            if (allocation.ReturnedAt is not null)
            {
                returned.Add(allocation);
            }
        }

        return returned;
    }

    /// <summary>Links the allocation to the sponsor's gift that paid it.</summary>
    public async Task LinkAsync(Guid matchId, Guid giftId, Guid matchingGiftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.MatchAllocations
            .Where(a => a.MatchId == matchId && a.GiftId == giftId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.MatchingGiftId, matchingGiftId), cancellationToken);
    }
}
