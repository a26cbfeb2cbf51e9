using GiveBack.Domain.Donors;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Relationships' part of a merge: the merged donor's household membership (unless the survivor has one, which wins),
/// links and soft credits move to the survivor. A link between the two donors themselves, or a soft credit the survivor
/// already holds on the same gift, is dropped rather than doubled. Nothing here is derived, so nothing is recomputed:
/// the summaries read the moved rows.
/// </summary>
internal sealed class RelationshipsMergeStep(IDbContextFactory<ConstituentsDbContext> contexts) : IDonorMergeStep
{
    public int Order => 50;

    public async Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return
        [
            new MergeCount("household", await db.HouseholdMembers.CountAsync(m => m.DonorId == mergedDonorId, cancellationToken)),
            new MergeCount("links", await db.DonorLinks.CountAsync(l => l.DonorId == mergedDonorId || l.RelatedDonorId == mergedDonorId, cancellationToken)),
            new MergeCount("softCredits", await db.SoftCredits.CountAsync(c => c.DonorId == mergedDonorId, cancellationToken)),
        ];
    }

    public async Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.HouseholdMembers.AnyAsync(m => m.DonorId == survivorId, cancellationToken))
        {
            await db.HouseholdMembers.Where(m => m.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(m => m.DonorId, survivorId), cancellationToken);
        }

        await db.HouseholdMembers.Where(m => m.DonorId == mergedDonorId).ExecuteDeleteAsync(cancellationToken);

        // A link between the pair would link the survivor to itself.
        await db.DonorLinks.Where(l => (l.DonorId == mergedDonorId && l.RelatedDonorId == survivorId) || (l.DonorId == survivorId && l.RelatedDonorId == mergedDonorId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.DonorLinks.Where(l => l.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(l => l.DonorId, survivorId), cancellationToken);
        await db.DonorLinks.Where(l => l.RelatedDonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(l => l.RelatedDonorId, survivorId), cancellationToken);

        await db.SoftCredits.Where(c => c.DonorId == mergedDonorId && db.SoftCredits.Any(s => s.DonorId == survivorId && s.GiftId == c.GiftId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.SoftCredits.Where(c => c.DonorId == mergedDonorId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DonorId, survivorId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
