using GiveBack.Ledger.Gifts;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Giving;

/// <summary>Donors who gave in one period and not in the next (LYBUNT: last year but unfortunately not this).</summary>
public sealed class LapsedDonors(IDbContextFactory<GiveBackDbContext> contexts)
{
    public async Task<List<Guid>> GaveInButNotAfterAsync(
        DateOnly gaveFrom, DateOnly gaveTo, DateOnly notFrom, DateOnly notTo, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var standing = db.LedgerEntries.Where(g => g.Kind == LedgerEntryKinds.Gift
            && !db.LedgerEntries.Any(r => r.ReversesEntryId == g.Id));
        return await db.Donors.AsNoTracking()
            .Where(d => standing.Any(g => g.DonorId == d.Id && g.ReceivedOn >= gaveFrom && g.ReceivedOn <= gaveTo))
            .Where(d => !standing.Any(g => g.DonorId == d.Id && g.ReceivedOn >= notFrom && g.ReceivedOn <= notTo))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
    }
}
