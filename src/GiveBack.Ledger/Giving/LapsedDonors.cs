using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Giving;

/// <summary>
/// LYBUNT donors of a fiscal year — gave last year, but unfortunately not this one — as the database defines them once
/// (<c>giveback_lybunt_donors</c>, created by the reports' migrations over their rollups of the ledger's standing
/// gifts), in any currency: the same set as the LYBUNT report and a LYBUNT segment.
/// </summary>
public sealed class LapsedDonors(IDbContextFactory<GiveBackDbContext> contexts)
{
    public async Task<List<Guid>> LybuntAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // DISTINCT: across currencies the function names a donor once per currency they gave in last year.
        return await db.Database
            .SqlQuery<Guid>($"""SELECT DISTINCT donor_id AS "Value" FROM giveback_lybunt_donors({fiscalYear}) ORDER BY 1""")
            .ToListAsync(cancellationToken);
    }
}
