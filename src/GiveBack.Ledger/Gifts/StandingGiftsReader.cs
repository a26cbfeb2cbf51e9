using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Gifts;

/// <summary>
/// What a giving statement reads from the ledger: the gifts that stand (no reversal points at them: see "Rules written
/// once") received in a period, for a set of donors, with the gifts of the donors merged into them counted as theirs.
/// </summary>
public sealed class StandingGiftsReader(IDbContextFactory<GiveBackDbContext> contexts)
{
    /// <summary>
    /// The standing gifts of <paramref name="donorIds"/> (and of the donors merged into them) received from
    /// <paramref name="from"/> to <paramref name="to"/>, both included, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> OfDonorsAsync(
        IReadOnlyCollection<Guid> donorIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(donorIds);
        if (donorIds.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var merged = await db.DonorMerges.AsNoTracking()
            .Where(m => donorIds.Contains(m.SurvivorId))
            .Select(m => m.MergedDonorId)
            .ToListAsync(cancellationToken);
        var among = donorIds.Concat(merged).Distinct().ToArray();
        return await db.LedgerEntries.AsNoTracking()
            .Where(e => e.Kind == LedgerEntryKinds.Gift && among.Contains(e.DonorId) && e.ReceivedOn >= from && e.ReceivedOn <= to)
            .Where(e => !db.LedgerEntries.Any(r => r.ReversesEntryId == e.Id))
            .OrderBy(e => e.ReceivedOn).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many donors (survivors of merges) have a gift standing that was received in the period.</summary>
    public async Task<int> CountDonorsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Database
            .SqlQuery<int>($"""SELECT count(DISTINCT donor_id)::int AS "Value" FROM standing_gifts WHERE received_on BETWEEN {from} AND {to}""")
            .ToListAsync(cancellationToken))[0];
    }

    /// <summary>
    /// The next <paramref name="limit"/> donors after <paramref name="after"/> (by id) with a gift standing that was
    /// received in the period: a keyset page, so a run that stops part-way resumes where it was.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> DonorsAsync(DateOnly from, DateOnly to, Guid after, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database
            .SqlQuery<Guid>($"""
                SELECT DISTINCT donor_id AS "Value" FROM standing_gifts
                WHERE received_on BETWEEN {from} AND {to} AND donor_id > {after}
                ORDER BY 1 LIMIT {limit}
                """)
            .ToListAsync(cancellationToken);
    }
}
