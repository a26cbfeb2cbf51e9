using GiveBack.Ledger;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Giving.Donors;

/// <summary>
/// Which of some ids are donors, from the donors read model in one query (a bulk import never asks grain by grain).
/// Giving owns the donors table, so other modules ask here (the "donor exists" route filter, engagement's bulk import)
/// rather than reading it themselves.
/// </summary>
public sealed class KnownDonors(IDbContextFactory<GiveBackDbContext> contexts)
{
    public async Task<HashSet<Guid>> AmongAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids.Distinct().ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement, "WHERE id = ANY(@ids)", on the primary key.
        var found = await db.Donors.AsNoTracking().Where(d => wanted.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        return [.. found];
    }

    /// <summary>One donor, as the "donor exists" route filter asks on every <c>/donors/{id}/…</c> request: a bare EXISTS on the key.</summary>
    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.AnyAsync(d => d.Id == id, cancellationToken);
    }
}
