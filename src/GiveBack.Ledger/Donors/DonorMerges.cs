using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Donors;

/// <summary>
/// The <c>donor_merges</c> mapping, merged donor → survivor: written once per merge, read by every reader of a
/// donor's giving so the merged donor's ledger rows (never rewritten) count for the survivor.
/// </summary>
public sealed class DonorMerges(IDbContextFactory<GiveBackDbContext> contexts)
{
    public async Task<DonorMergeRecord?> OfMergedAsync(Guid mergedDonorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DonorMerges.AsNoTracking().SingleOrDefaultAsync(m => m.MergedDonorId == mergedDonorId, cancellationToken);
    }

    /// <summary>
    /// Starts a merge, or finds the one already started for <paramref name="merge"/>'s merged donor (a retry): the
    /// stored row wins. Donors merged earlier into the merged donor now resolve to the survivor too (one hop, always).
    /// </summary>
    public async Task<DonorMergeRecord> BeginAsync(DonorMergeRecord merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO donor_merges (merged_donor_id, survivor_id, merged_at, merged_by, moved)
            VALUES ({merge.MergedDonorId}, {merge.SurvivorId}, {merge.MergedAt}, {merge.MergedBy}, {merge.Moved}::jsonb)
            ON CONFLICT (merged_donor_id) DO NOTHING
            """,
            cancellationToken);
        var stored = await db.DonorMerges.SingleAsync(m => m.MergedDonorId == merge.MergedDonorId, cancellationToken);
        await db.DonorMerges.Where(m => m.SurvivorId == stored.MergedDonorId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.SurvivorId, stored.SurvivorId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task CompleteAsync(Guid mergedDonorId, string moved, DateTimeOffset completedAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.DonorMerges.Where(m => m.MergedDonorId == mergedDonorId)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Moved, moved).SetProperty(m => m.CompletedAt, completedAt),
                cancellationToken);
    }

    /// <summary>The donors merged into <paramref name="survivorId"/> (directly or through a donor later merged into it).</summary>
    public async Task<IReadOnlyList<Guid>> MergedIntoAsync(Guid survivorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DonorMerges.AsNoTracking().Where(m => m.SurvivorId == survivorId).Select(m => m.MergedDonorId).ToListAsync(cancellationToken);
    }
}
