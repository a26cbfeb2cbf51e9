using GiveBack.Domain.Erasure;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Audit;

/// <summary>
/// The audit's part of an erasure: the donor's details kept before and after each write (names, e-mail) are dropped;
/// who accessed the donor's data, when and through which route stays, naming the donor by id only.
/// </summary>
internal sealed class AuditTrailErasure(IDbContextFactory<ConstituentsDbContext> contexts) : IDonorErasureStep
{
    public int Order => 500;

    public string Name => "audit: the donor's details before and after each write";

    public async Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.AuditEntries.Where(e => e.DonorId == erasure.DonorId && (e.Before != null || e.After != null))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Before, (string?)null).SetProperty(e => e.After, (string?)null), cancellationToken);
    }
}
