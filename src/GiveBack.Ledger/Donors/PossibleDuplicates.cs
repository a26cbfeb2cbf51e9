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

    /// <summary>Records that <paramref name="first"/> and <paramref name="second"/> may be one person, the older donor first.</summary>
    public Task RecordAsync(
        DonorRecord first, DonorRecord second, double score, IReadOnlyList<string> reasons, CancellationToken cancellationToken = default) =>
        RecordAsync(first, second, score, reasons, reason: null, cancellationToken);

    /// <summary>As the other overload, with the single-line <paramref name="reason"/> the older list shows (default: the reasons joined).</summary>
    public async Task RecordAsync(
        DonorRecord first, DonorRecord second, double score, IReadOnlyList<string> reasons, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(reasons);
        if (first.Id == second.Id)
        {
            return;
        }

        var (older, newer) = (first.CreatedAt, first.Id).CompareTo((second.CreatedAt, second.Id)) <= 0 ? (first, second) : (second, first);
        var reasonList = reasons.ToArray();
        reason ??= string.Join("; ", reasonList);
        if (reason.Length > 200)
        {
            reason = reason[..200];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A pair staff dismissed stays dismissed: a later, stronger match of the same two does not reopen it.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO possible_duplicates (donor_id, duplicate_donor_id, reason, score, reasons, status, created_at)
            VALUES ({older.Id}, {newer.Id}, {reason}, {score}, {reasonList}, {Open}, {clock.GetUtcNow()})
            ON CONFLICT (donor_id, duplicate_donor_id) DO UPDATE
            SET score = excluded.score, reasons = excluded.reasons, reason = excluded.reason
            WHERE possible_duplicates.status = {Open} AND excluded.score > possible_duplicates.score
            """,
            cancellationToken);
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
