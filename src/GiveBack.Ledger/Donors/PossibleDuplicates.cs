using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Donors;

/// <summary>
/// The <c>possible_duplicates</c> list, the duplicates review queue: donors a matcher would not merge on its own (the
/// same e-mail under another name, the same name and class year, a similar name), each with a score and its reasons,
/// for staff to merge or dismiss. Recording a pair twice, in either order, keeps one row (with the higher score).
/// </summary>
public sealed class PossibleDuplicates(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    public const string Open = "open";

    public const string Dismissed = "dismissed";

    public const string Merged = "merged";

    public const string SameEmailOtherName = "same e-mail, different name";

    /// <summary>A character no reason holds (the ASCII unit separator).</summary>
    private const string ReasonSeparator = "\u001f";

    /// <summary>Records that <paramref name="first"/> and <paramref name="second"/> may be one person, the older donor first.</summary>
    public Task RecordAsync(
        DonorRecord first, DonorRecord second, double score, IReadOnlyList<string> reasons, CancellationToken cancellationToken = default) =>
        RecordAsync(first, second, score, reasons, reason: null, cancellationToken);

    /// <summary>As the other overload, with the single-line <paramref name="reason"/> the older list shows (default: the reasons joined).</summary>
    public Task RecordAsync(
        DonorRecord first, DonorRecord second, double score, IReadOnlyList<string> reasons, string? reason, CancellationToken cancellationToken = default) =>
        RecordManyAsync([new PossibleDuplicate(first, second, score, reasons, reason)], cancellationToken);

    /// <summary>
    /// Records many pairs in one statement, as an import's chunk does: one row per pair whichever way round it is named,
    /// the older donor first, with the higher score when a pair comes twice.
    /// </summary>
    public async Task RecordManyAsync(IReadOnlyCollection<PossibleDuplicate> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var rows = pairs
            .Where(p => p.First.Id != p.Second.Id)
            .Select(Row)
            .GroupBy(r => (r.Older, r.Newer))
            .Select(g => g.MaxBy(r => r.Score)!)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        Guid[] olders = [.. rows.Select(r => r.Older)];
        Guid[] newers = [.. rows.Select(r => r.Newer)];
        string[] reasons = [.. rows.Select(r => r.Reason)];
        double[] scores = [.. rows.Select(r => r.Score)];
        // One text[] per row cannot travel inside an array parameter: each row's reasons go joined and are split back.
        string[] reasonLists = [.. rows.Select(r => string.Join(ReasonSeparator, r.Reasons))];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A pair staff dismissed stays dismissed: a later, stronger match of the same two does not reopen it.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO possible_duplicates (donor_id, duplicate_donor_id, reason, score, reasons, status, created_at)
            SELECT p.older, p.newer, p.reason, p.score, string_to_array(p.reasons, {ReasonSeparator}), {Open}, {clock.GetUtcNow()}
            FROM unnest({olders}, {newers}, {reasons}, {scores}, {reasonLists}) AS p(older, newer, reason, score, reasons)
            ON CONFLICT (donor_id, duplicate_donor_id) DO UPDATE
            SET score = excluded.score, reasons = excluded.reasons, reason = excluded.reason
            WHERE possible_duplicates.status = {Open} AND excluded.score > possible_duplicates.score
            """,
            cancellationToken);
    }

    private static (Guid Older, Guid Newer, string Reason, double Score, string[] Reasons) Row(PossibleDuplicate pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var (first, second) = (pair.First, pair.Second);
        var (older, newer) = (first.CreatedAt, first.Id).CompareTo((second.CreatedAt, second.Id)) <= 0 ? (first, second) : (second, first);
        var reasonList = pair.Reasons.ToArray();
        var reason = pair.Reason ?? string.Join("; ", reasonList);
        return (older.Id, newer.Id, reason.Length > 200 ? reason[..200] : reason, pair.Score, reasonList);
    }

    public async Task<Page<PossibleDuplicateRecord>> ListAsync(string? status, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.PossibleDuplicates.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new Page<PossibleDuplicateRecord>(items, total, offset, limit);
    }

    /// <summary>The review queue's order: the likeliest first, then the newest; only the pairs naming <paramref name="donorId"/> if given.</summary>
    public async Task<Page<PossibleDuplicateRecord>> QueueAsync(
        string status, Guid? donorId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.PossibleDuplicates.AsNoTracking().Where(d => d.Status == status);
        if (donorId is { } donor)
        {
            query = query.Where(d => d.DonorId == donor || d.DuplicateDonorId == donor);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.Score).ThenByDescending(d => d.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new Page<PossibleDuplicateRecord>(items, total, offset, limit);
    }

    public async Task<PossibleDuplicateRecord?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PossibleDuplicates.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    /// <summary>The open suggestions that name <paramref name="donorId"/>, for a new donor's API answer.</summary>
    public async Task<IReadOnlyList<PossibleDuplicateRecord>> OpenOfAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PossibleDuplicates.AsNoTracking()
            .Where(d => d.Status == Open && (d.DonorId == donorId || d.DuplicateDonorId == donorId))
            .OrderByDescending(d => d.Score)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks an open suggestion "not a duplicate"; false when there is no open suggestion with that id.</summary>
    public async Task<bool> DismissAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PossibleDuplicates.Where(d => d.Id == id && d.Status == Open)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, Dismissed), cancellationToken) == 1;
    }

    /// <summary>
    /// Closes every open suggestion that names the merged donor: the pair is done, and a pair with a third donor named
    /// a record that no longer exists (the survivor is matched again the next time it is created or imported against).
    /// </summary>
    public async Task CloseMergedAsync(Guid mergedDonorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.PossibleDuplicates
            .Where(d => d.Status == Open && (d.DonorId == mergedDonorId || d.DuplicateDonorId == mergedDonorId))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, Merged), cancellationToken);
    }
}
