using GiveBack.Data.Postgres;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Scoring;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Engagement.Segments;

/// <summary>Saved segments and their members, computed by one SQL query over donors, standings, tags and the ledger.</summary>
public sealed class SegmentStore(IDbContextFactory<EngagementDbContext> contexts, EngagementModel model)
{
    // LYBUNT is the database's one definition (giveback_lybunt_donors: standing gifts in FY-1, none in FY, in any
    // currency), shared with the reports and the appeal job.
    private const string Members = """
        WITH members AS (
        SELECT d.id, d.first_name, d.last_name, d.email, d.class_year, coalesce(st.stage, @entry_stage) AS stage,
               coalesce(st.ambassador, false) AS ambassador
        FROM donor_directory d
        LEFT JOIN engagement_standings st ON st.donor_id = d.id
        WHERE (@stage IS NULL OR coalesce(st.stage, @entry_stage) = @stage)
          AND (@class_year IS NULL OR d.class_year = @class_year)
          AND (@ambassador IS NULL OR coalesce(st.ambassador, false) = @ambassador)
          AND (@tag IS NULL OR EXISTS (
                SELECT 1 FROM engagement_talents t WHERE t.donor_id = d.id AND t.tags @> ARRAY[@tag]::text[]))
          AND (@lybunt_year IS NULL OR EXISTS (
                SELECT 1 FROM giveback_lybunt_donors(@lybunt_year) l WHERE l.donor_id = d.id)))
        -- One row even when the page is past the end, so the total is always known.
        SELECT t.total, m.id AS donor_id, m.first_name, m.last_name, m.email, m.class_year, m.stage, m.ambassador
        FROM (SELECT count(*) AS total FROM members) t
        LEFT JOIN LATERAL (
            SELECT * FROM members ORDER BY last_name, first_name, id OFFSET @offset LIMIT @limit) m ON true
        """;

    public async Task<SegmentRecord> CreateAsync(SegmentRecord segment, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Segments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        return segment;
    }

    public async Task<SegmentRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Segments.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<Page<SegmentRecord>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.Segments.CountAsync(cancellationToken);
        var items = await db.Segments.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new Page<SegmentRecord>(items, total, offset, limit);
    }

    public async Task<Page<SegmentMember>> MembersAsync(SegmentRecord segment, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<MemberRow>(
            Members,
            GiveBackNpgsql.Parameter("entry_stage", NpgsqlDbType.Text, model.EntryRung.Name),
            GiveBackNpgsql.Parameter("stage", NpgsqlDbType.Text, segment.Stage),
            GiveBackNpgsql.Parameter("class_year", NpgsqlDbType.Integer, segment.ClassYear),
            GiveBackNpgsql.Parameter("ambassador", NpgsqlDbType.Boolean, segment.Ambassador),
            GiveBackNpgsql.Parameter("tag", NpgsqlDbType.Text, segment.Tag),
            GiveBackNpgsql.Parameter("lybunt_year", NpgsqlDbType.Integer, segment.LybuntFiscalYear),
            GiveBackNpgsql.Parameter("offset", NpgsqlDbType.Integer, offset),
            GiveBackNpgsql.Parameter("limit", NpgsqlDbType.Integer, limit)).ToListAsync(cancellationToken);

        // The total comes on every row, and alone (no member) on a page past the end.
        var total = rows.Count == 0 ? 0 : (int)rows[0].Total;
        var items = rows
            .Where(r => r.DonorId is not null)
            .Select(r => new SegmentMember(r.DonorId!.Value, r.FirstName!, r.LastName!, r.Email, r.ClassYear, r.Stage!, r.Ambassador!.Value))
            .ToList();
        return new Page<SegmentMember>(items, total, offset, limit);
    }

    private sealed record MemberRow(
        long Total, Guid? DonorId, string? FirstName, string? LastName, string? Email, int? ClassYear, string? Stage, bool? Ambassador);
}
