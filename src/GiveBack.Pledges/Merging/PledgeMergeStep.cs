using GiveBack.Domain.Donors;
using GiveBack.Grains.Abstractions.Pledges;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Pledges.Merging;

/// <summary>
/// Pledges' part of a merge: each of the merged donor's pledges is given to the survivor through its grain (which owns
/// the pledge and its listed row), so the survivor's later payments toward it are accepted. Payments already booked
/// stay in the ledger as they were; the pledge counts them by pledge, not by donor.
/// </summary>
public sealed class PledgeMergeStep(IDbContextFactory<PledgesDbContext> contexts, IGrainFactory grains) : IDonorMergeStep
{
    public int Order => 20;

    public async Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return [new MergeCount("pledges", await db.Pledges.CountAsync(p => p.DonorId == mergedDonorId, cancellationToken))];
    }

    public async Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        List<Guid> pledges;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            pledges = await db.Pledges.AsNoTracking().Where(p => p.DonorId == mergedDonorId).Select(p => p.Id).ToListAsync(cancellationToken);
        }

        foreach (var pledge in pledges)
        {
            await grains.GetGrain<IPledgeGrain>(pledge).TransferAsync(survivorId);
        }
    }
}
