using GiveBack.Domain.Paging;
using GiveBack.Ledger.Outbox;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Stages;

/// <summary>
/// Stage changes and current standings. Written only by the donor's engagement grain (one writer per donor); the change
/// row, the standing and the <see cref="StageChanged"/> outbox row commit together or not at all.
/// </summary>
public sealed class StandingStore(IDbContextFactory<EngagementDbContext> contexts)
{
    public async Task<StandingRecord?> FindAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Standings.AsNoTracking().SingleOrDefaultAsync(s => s.DonorId == donorId, cancellationToken);
    }

    public async Task RecordAsync(StageTransition change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.StageChanges.Add(new StageChangeRecord
        {
            DonorId = change.DonorId,
            FromStage = change.FromStage,
            ToStage = change.ToStage,
            Reason = Truncate(change.Reason),
            Score = change.Score,
            ChangedAt = change.ChangedAt,
        });
        var standing = await db.Standings.SingleOrDefaultAsync(s => s.DonorId == change.DonorId, cancellationToken);
        if (standing is null)
        {
            standing = new StandingRecord { DonorId = change.DonorId, Stage = change.ToStage, Reason = string.Empty };
            db.Standings.Add(standing);
        }

        standing.Stage = change.ToStage;
        standing.Since = change.ChangedAt;
        standing.Reason = Truncate(change.Reason);
        standing.Ambassador = change.Ambassador;
        standing.AmbassadorReasons = [.. change.AmbassadorReasons];
        standing.UpdatedAt = change.ChangedAt;
        await db.SaveChangesAsync(cancellationToken);

        var message = OutboxEvent.For(
            new StageChanged(change.DonorId, change.FromStage, change.ToStage, change.ChangedAt, change.Reason, change.Score, change.Ambassador),
            change.ChangedAt);
        await db.Database.AppendToOutboxAsync(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Updates an ambassador's reasons after a recompute without a stage change (no event: nothing moved).</summary>
    public async Task UpdateAmbassadorReasonsAsync(Guid donorId, IReadOnlyList<string> reasons, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var standing = await db.Standings.SingleOrDefaultAsync(s => s.DonorId == donorId, cancellationToken);
        if (standing is not null)
        {
            standing.AmbassadorReasons = [.. reasons];
            standing.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StageChangeRecord>> ChangesOfDonorAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StageChanges.AsNoTracking().Where(c => c.DonorId == donorId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>A donor's newest stage changes, newest first, with how many there are in all: a page for the donor's timeline.</summary>
    public async Task<Page<StageChangeRecord>> NewestChangesOfDonorAsync(Guid donorId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.StageChanges.AsNoTracking().Where(c => c.DonorId == donorId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(limit).ToListAsync(cancellationToken);
        return new Page<StageChangeRecord>(items, total, 0, limit);
    }

    private static string Truncate(string reason) => reason.Length <= 2000 ? reason : reason[..2000];
}
