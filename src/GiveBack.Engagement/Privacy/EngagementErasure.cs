using GiveBack.Domain.Erasure;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Privacy;

/// <summary>
/// Engagement's part of an erasure: the staff's free text about the donor (activity details, a move's next step),
/// and their talent (industry, city, skills, tags) go. The activities' types and dates stay, as the score and stage are
/// derived from them and name nobody; so does the engagement grain's state (stage, its reason, ambassador reasons),
/// which holds no name, e-mail or note.
/// </summary>
public sealed class EngagementErasure(IDbContextFactory<EngagementDbContext> contexts) : IDonorErasureStep
{
    public int Order => 100;

    public string Name => "engagement: activity details, talent, moves' next steps";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var donorId = erasure.DonorId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Activities.Where(a => a.DonorId == donorId && a.Detail != null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Detail, (string?)null), cancellationToken);
        await db.Talents.Where(t => t.DonorId == donorId).ExecuteDeleteAsync(cancellationToken);
        await db.Moves.Where(m => m.DonorId == donorId && m.NextStep != null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextStep, (string?)null), cancellationToken);
        await db.MoveChanges.Where(m => m.DonorId == donorId && m.NextStep != null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextStep, (string?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
