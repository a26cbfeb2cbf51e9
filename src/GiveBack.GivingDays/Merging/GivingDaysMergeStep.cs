using GiveBack.Domain.Donors;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Merging;

/// <summary>
/// A giving day's part of a merge: the merged donor's match allocations and the matches it sponsors move to the
/// survivor, so a per-donor match still sees the survivor as matched once and a sponsor's figures stay whole. The
/// money itself moves with the ledger rows (giving's step); nothing here is an amount.
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
        await transaction.CommitAsync(cancellationToken);
    }
}
