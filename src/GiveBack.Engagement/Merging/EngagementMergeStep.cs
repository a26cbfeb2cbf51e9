using GiveBack.Domain.Donors;
using GiveBack.Grains.Abstractions.Engagement;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Merging;

/// <summary>
/// Engagement's part of a merge: the merged donor's activities, stage and move histories move to the survivor; its
/// move (prospect record) and talent profile move unless the survivor has their own, which win; the survivor's score
/// and stage are then recomputed from every activity it now has (the stage only climbs, as always).
/// </summary>
public sealed class EngagementMergeStep(IDbContextFactory<EngagementDbContext> contexts, IGrainFactory grains) : IDonorMergeStep
{
    public int Order => 30;

    public async Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return
        [
            new MergeCount("activities", await db.Activities.CountAsync(a => a.DonorId == mergedDonorId, cancellationToken)),
            new MergeCount("moves", await db.Moves.CountAsync(m => m.DonorId == mergedDonorId, cancellationToken)
                + await db.MoveChanges.CountAsync(m => m.DonorId == mergedDonorId, cancellationToken)),
            new MergeCount("talent", await db.Talents.CountAsync(t => t.DonorId == mergedDonorId, cancellationToken)),
        ];
    }

    public async Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Activities.Where(a => a.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(a => a.DonorId, survivorId), cancellationToken);
            await db.MoveChanges.Where(c => c.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DonorId, survivorId), cancellationToken);
            await db.StageChanges.Where(c => c.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DonorId, survivorId), cancellationToken);
            if (!await db.Moves.AnyAsync(m => m.DonorId == survivorId, cancellationToken))
            {
                await db.Moves.Where(m => m.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(m => m.DonorId, survivorId), cancellationToken);
            }

            if (!await db.Talents.AnyAsync(t => t.DonorId == survivorId, cancellationToken))
            {
                await db.Talents.Where(t => t.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(t => t.DonorId, survivorId), cancellationToken);
            }

            await db.Moves.Where(m => m.DonorId == mergedDonorId).ExecuteDeleteAsync(cancellationToken);
            await db.Talents.Where(t => t.DonorId == mergedDonorId).ExecuteDeleteAsync(cancellationToken);
            await db.Standings.Where(s => s.DonorId == mergedDonorId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await grains.GetGrain<IEngagementGrain>(mergedDonorId).RebuildAsync();
        await grains.GetGrain<IEngagementGrain>(survivorId).RebuildAsync();
    }
}
