using GiveBack.Domain.Paging;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Donors;

/// <summary>
/// The <c>possible_duplicates</c> list: donors a matcher would not merge on its own (for example the same e-mail under
/// another name), recorded for staff. Recording a pair twice, in either order, keeps one row.
/// </summary>
public sealed class PossibleDuplicates(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    public const string Open = "open";

    public const string SameEmailOtherName = "same e-mail, different name";

    /// <summary>Records that <paramref name="first"/> and <paramref name="second"/> may be one person, the older donor first.</summary>
    public async Task RecordAsync(DonorRecord first, DonorRecord second, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (older, newer) = (first.CreatedAt, first.Id).CompareTo((second.CreatedAt, second.Id)) <= 0 ? (first, second) : (second, first);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO possible_duplicates (donor_id, duplicate_donor_id, reason, status, created_at)
            VALUES ({older.Id}, {newer.Id}, {reason}, {Open}, {clock.GetUtcNow()})
            ON CONFLICT (donor_id, duplicate_donor_id) DO NOTHING
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
}
