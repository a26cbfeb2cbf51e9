using GiveBack.Data.Postgres;
using GiveBack.Domain.Calendar;
using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Reports.Segments;

/// <summary>
/// Saved segments: a LYBUNT or SYBUNT list frozen under a name. The members are copied in one statement from the same
/// definition the report lists (<c>giveback_lybunt_donors</c> / <c>giveback_sybunt_donors</c> over the donors giving
/// publishes), so a saved list is exactly the report's list of that moment. Other modules filter by a segment through
/// <see cref="DonorIdsAsync"/>, never through these tables.
/// </summary>
public sealed class SavedSegments(IDbContextFactory<ReportsDbContext> contexts, FiscalCalendar calendar, TimeProvider clock)
{
    public const int MaxNameLength = 200;

    private const string LybuntMembersSql = """
        INSERT INTO report_segment_members (segment_id, donor_id)
        SELECT @id, d.id FROM donor_directory d
        WHERE EXISTS (SELECT 1 FROM giveback_lybunt_donors(@year, @currency) l WHERE l.donor_id = d.id)
        """;

    private const string SybuntMembersSql = """
        INSERT INTO report_segment_members (segment_id, donor_id)
        SELECT @id, d.id FROM donor_directory d
        WHERE EXISTS (SELECT 1 FROM giveback_sybunt_donors(@year, @currency) l WHERE l.donor_id = d.id)
        """;

    /// <summary>
    /// Saves the report's donors as segment <paramref name="id"/>. The id is the write's idempotency key (the form makes
    /// it when it opens): saving again with the same id returns the segment saved the first time and copies nothing.
    /// </summary>
    public async Task<SavedSegment> SaveLapsedAsync(
        Guid id, string name, LapseKind kind, int fiscalYear, string currency, Guid createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.SavedSegments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } saved)
        {
            return saved;
        }

        var segment = new SavedSegment
        {
            Id = id,
            Name = name.Trim()[..Math.Min(name.Trim().Length, MaxNameLength)],
            Source = kind == LapseKind.Lybunt ? "lybunt" : "sybunt",
            FiscalYear = fiscalYear,
            Currency = currency,
            CreatedBy = createdBy,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ReportRollups.EnsureKeptUnderAsync(db, calendar.FirstMonth, cancellationToken);
        db.SavedSegments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        segment.DonorCount = await db.Database.ExecuteSqlRawAsync(
            kind == LapseKind.Lybunt ? LybuntMembersSql : SybuntMembersSql,
            [
                GiveBackNpgsql.Parameter("id", NpgsqlDbType.Uuid, id),
                GiveBackNpgsql.Parameter("year", NpgsqlDbType.Integer, fiscalYear),
                GiveBackNpgsql.Parameter("currency", NpgsqlDbType.Char, currency),
            ],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return segment;
    }

    /// <summary>Every saved segment, newest first (a short list: segments are saved by hand).</summary>
    public async Task<IReadOnlyList<SavedSegment>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SavedSegments.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The donors of a segment (none when it does not exist), for another module to filter its own list by.</summary>
    public async Task<IReadOnlyList<Guid>> DonorIdsAsync(Guid segmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SavedSegmentMembers.AsNoTracking()
            .Where(m => m.SegmentId == segmentId)
            .OrderBy(m => m.DonorId)
            .Select(m => m.DonorId)
            .ToListAsync(cancellationToken);
    }
}
