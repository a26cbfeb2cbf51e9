using System.Data;
using GiveBack.Domain.Giving;
using GiveBack.Domain.Idempotency;
using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Gifts;

/// <summary>Reads the ledger: the facts grains rebuild from, and gift histories for the API.</summary>
public sealed class LedgerReader(IDbContextFactory<GiveBackDbContext> contexts)
{
    /// <summary>
    /// A donor's facts, with those of the donors merged into it (<c>donor_merges</c>) counted as its own: the merged
    /// donors' rows are never rewritten, the reader resolves them.
    /// </summary>
    public async Task<IReadOnlyList<LedgerFact>> DonorFactsAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Two indexed reads rather than one OR over a subquery, which the planner may answer with a scan of the ledger.
        var ids = await db.DonorMerges.AsNoTracking().Where(m => m.SurvivorId == donorId).Select(m => m.MergedDonorId).ToListAsync(cancellationToken);
        ids.Add(donorId);
        var among = ids.ToArray();
        var facts = await db.LedgerEntries.AsNoTracking()
            .Where(e => among.Contains(e.DonorId))
            .Select(LedgerEntryFacts.Projection)
            .ToListAsync(cancellationToken);
        return [.. facts.Select(f => f.DonorId == donorId ? f : f with { DonorId = donorId })];
    }

    /// <summary>The payments booked against a pledge, for the pledge grain to rebuild what has been paid.</summary>
    public Task<IReadOnlyList<LedgerFact>> FactsOfPledgeAsync(Guid pledgeId, CancellationToken cancellationToken = default) =>
        FactsWhereAsync(e => e.PledgeId == pledgeId, cancellationToken);

    /// <summary>Facts of many donors in one query, for list pages (never one query per row).</summary>
    public async Task<ILookup<Guid, LedgerFact>> FactsOfDonorsAsync(
        IReadOnlyCollection<Guid> donorIds, CancellationToken cancellationToken = default)
    {
        if (donorIds.Count == 0)
        {
            return Array.Empty<LedgerFact>().ToLookup(f => f.DonorId);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The donors merged into these count as them (one more indexed query, whatever the page's size).
        var survivorOf = await db.DonorMerges.AsNoTracking()
            .Where(m => donorIds.Contains(m.SurvivorId))
            .ToDictionaryAsync(m => m.MergedDonorId, m => m.SurvivorId, cancellationToken);
        var wanted = donorIds.Concat(survivorOf.Keys).ToArray();
        var facts = await db.LedgerEntries.AsNoTracking()
            .Where(e => wanted.Contains(e.DonorId))
            .Select(LedgerEntryFacts.Projection)
            .ToListAsync(cancellationToken);
        return facts
            .Select(f => survivorOf.TryGetValue(f.DonorId, out var survivor) ? f with { DonorId = survivor } : f)
            .ToLookup(f => f.DonorId);
    }

    /// <summary>Every fact of a campaign in commit order, with the snapshot the read saw them under.</summary>
    public Task<LedgerRead> CampaignFactsAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        ReadCampaignAsync(campaignId, LedgerSnapshot.None, cancellationToken);

    /// <summary>
    /// The campaign's facts that a read under <paramref name="since"/> could not see and a read now can (one index
    /// range: every such row was written by a transaction at or after the old snapshot's xmin).
    /// </summary>
    public Task<LedgerRead> CampaignFactsSinceAsync(Guid campaignId, LedgerSnapshot since, CancellationToken cancellationToken = default) =>
        ReadCampaignAsync(campaignId, since, cancellationToken);

    private async Task<LedgerRead> ReadCampaignAsync(Guid campaignId, LedgerSnapshot since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Repeatable read: the snapshot taken by the first statement is the one every later statement reads under.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var snapshot = LedgerSnapshot.Parse((await db.Database
            .SqlQuery<string>($"""SELECT pg_current_snapshot()::text AS "Value" """)
            .ToListAsync(cancellationToken))[0]);
        var facts = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.CampaignId == campaignId && e.TransactionId >= since.Xmin)
            .OrderBy(e => e.TransactionId).ThenBy(e => e.Sequence)
            .Select(LedgerEntryFacts.Projection)
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LedgerRead(snapshot, [.. facts.Where(f => !since.Sees(f.TransactionId))]);
    }

    /// <summary>
    /// Gifts received from <paramref name="from"/> to <paramref name="to"/> (both included) in one currency, net of their
    /// reversals (a reversal carries the date and a negative amount of its gift), from the <c>received_on</c> index.
    /// </summary>
    public async Task<ReceivedTotal> ReceivedBetweenAsync(DateOnly from, DateOnly to, string currency, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.ReceivedOn >= from && e.ReceivedOn <= to && e.Currency == currency)
            .GroupBy(_ => 1)
            .Select(g => new ReceivedTotal(
                g.Sum(e => e.Amount),
                g.Count(e => e.Kind == LedgerEntryKinds.Gift) - g.Count(e => e.Kind == LedgerEntryKinds.Reversal)))
            .ToListAsync(cancellationToken);
        return totals.Count == 0 ? new ReceivedTotal(0, 0) : totals[0];
    }

    /// <summary>The newest gifts booked (not reversals), newest first, from the ledger's sequence index.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> RecentGiftsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AsNoTracking()
            .Where(e => e.Kind == LedgerEntryKinds.Gift)
            .OrderByDescending(e => e.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The gifts and reversals from <paramref name="source"/> that a read under <paramref name="since"/> could not see and
    /// a read now can, in commit order, with the snapshot of this read: what a follower of the ledger (the offline receipt
    /// job) has not handled yet. Without <paramref name="since"/> only the snapshot is taken: a new follower starts now.
    /// </summary>
    public async Task<LedgerEntriesRead> EntriesSinceAsync(string source, LedgerSnapshot? since, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var snapshot = LedgerSnapshot.Parse((await db.Database
            .SqlQuery<string>($"""SELECT pg_current_snapshot()::text AS "Value" """)
            .ToListAsync(cancellationToken))[0]);
        var entries = since is null ? [] : await db.LedgerEntries.AsNoTracking()
            .Where(e => e.Source == source && e.TransactionId >= since.Xmin)
            .OrderBy(e => e.TransactionId).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LedgerEntriesRead(snapshot, [.. entries.Where(e => since is null || !since.Sees(e.TransactionId))]);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> rows recorded at or after <paramref name="since"/> and after sequence
    /// <paramref name="afterSequence"/>, in sequence order: a page of what a host that died may have committed without
    /// handing it to the grains. The range runs on the BRIN index of <c>recorded_at</c>, so it costs no insert-time
    /// upkeep on the gift path.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> EntriesRecordedSinceAsync(
        DateTimeOffset since, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AsNoTracking()
            .Where(e => e.RecordedAt >= since && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the donor gave before this gift: the ledger's order, not the clock, decides "before".</summary>
    public async Task<bool> GaveBeforeAsync(LedgerEntry gift, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AnyAsync(
            e => e.DonorId == gift.DonorId && e.Kind == LedgerEntryKinds.Gift && e.Id != gift.Id && e.Sequence < gift.Sequence,
            cancellationToken);
    }

    /// <summary>
    /// Whether the donor gave to this gift's campaign earlier on its received date ("first gift of the day" for a giving
    /// day's offers): the ledger's order decides "earlier", from the donor and date index.
    /// </summary>
    public async Task<bool> GaveEarlierThatDayAsync(LedgerEntry gift, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AnyAsync(
            e => e.DonorId == gift.DonorId && e.ReceivedOn == gift.ReceivedOn && e.CampaignId == gift.CampaignId
                && e.Kind == LedgerEntryKinds.Gift && e.Id != gift.Id && e.Sequence < gift.Sequence,
            cancellationToken);
    }

    public async Task<bool> HasIdempotencyKeyAsync(ScopedKey key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.Where(LedgerKeys.Matching(key)).AnyAsync(cancellationToken);
    }

    public async Task<LedgerEntry?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AsNoTracking().SingleOrDefaultAsync(e => e.ExternalId == externalId, cancellationToken);
    }

    public async Task<LedgerEntry?> FindAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
    }

    /// <summary>For each gift among <paramref name="giftIds"/> that has been reversed, the id of its reversal.</summary>
    public async Task<Dictionary<Guid, Guid?>> ReversalsOfAsync(IReadOnlyCollection<Guid> giftIds, CancellationToken cancellationToken = default)
    {
        if (giftIds.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AsNoTracking()
            .Where(e => e.ReversesEntryId != null && giftIds.Contains(e.ReversesEntryId.Value))
            .ToDictionaryAsync(e => e.ReversesEntryId!.Value, e => (Guid?)e.Id, cancellationToken);
    }

    /// <summary>A donor's gift history, the gifts of the donors merged into it included (as they were booked).</summary>
    public async Task<Page<LedgerEntry>> EntriesOfDonorAsync(Guid donorId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var ids = new List<Guid> { donorId };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ids.AddRange(await db.DonorMerges.AsNoTracking().Where(m => m.SurvivorId == donorId).Select(m => m.MergedDonorId).ToListAsync(cancellationToken));
        }

        var among = ids.ToArray();
        return await PageAsync(e => among.Contains(e.DonorId), offset, limit, cancellationToken);
    }

    public Task<Page<LedgerEntry>> EntriesOfCampaignAsync(Guid campaignId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(e => e.CampaignId == campaignId, offset, limit, cancellationToken);

    /// <summary>
    /// A campaign's net receipts day by day, oldest first: one grouped query, for its progress over time. The days add
    /// up to what the campaign's grain reports as raised.
    /// </summary>
    public async Task<IReadOnlyList<DailyAmount>> DailyAmountsOfCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AsNoTracking()
            .Where(e => e.CampaignId == campaignId)
            .GroupBy(e => e.ReceivedOn)
            .OrderBy(day => day.Key)
            .Select(day => new DailyAmount(day.Key, day.Sum(e => e.Amount)))
            .ToListAsync(cancellationToken);
    }

    private async Task<Page<LedgerEntry>> PageAsync(
        System.Linq.Expressions.Expression<Func<LedgerEntry, bool>> filter, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.LedgerEntries.AsNoTracking().Where(filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(e => e.ReceivedOn).ThenByDescending(e => e.Sequence)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
        return new Page<LedgerEntry>(items, total, offset, limit);
    }

    private async Task<IReadOnlyList<LedgerFact>> FactsWhereAsync(
        System.Linq.Expressions.Expression<Func<LedgerEntry, bool>> which, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LedgerEntries.AsNoTracking().Where(which).Select(LedgerEntryFacts.Projection).ToListAsync(cancellationToken);
    }
}
