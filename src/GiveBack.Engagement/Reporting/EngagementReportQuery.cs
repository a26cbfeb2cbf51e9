using System.Data;
using GiveBack.Data.Postgres;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Model;
using GiveBack.Engagement.Scoring;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Engagement.Reporting;

/// <summary>The engagement report: three aggregates in PostgreSQL, whatever the number of donors.</summary>
public sealed class EngagementReportQuery(IDbContextFactory<EngagementDbContext> contexts, EngagementModel model)
{
    private const string StagesQuery = """
        SELECT coalesce(st.stage, @entry_stage) AS stage, count(*) AS donors
        FROM donor_directory d LEFT JOIN engagement_standings st ON st.donor_id = d.id
        GROUP BY 1
        """;

    private const string DimensionsQuery = $"""
        WITH {ScoreSql.Decayed}
        SELECT dimension, count(DISTINCT donor_id) AS donors, count(*) AS activities, sum(points) AS score FROM decayed GROUP BY dimension
        """;

    private const string AmbassadorsQuery = $"""
        WITH {ScoreSql.Decayed}
        SELECT d.id AS donor_id, d.first_name, d.last_name, d.class_year, st.since, st.ambassador_reasons,
               coalesce((SELECT sum(x.points) FROM decayed x WHERE x.donor_id = d.id), 0) AS score
        FROM engagement_standings st
        JOIN donor_directory d ON d.id = st.donor_id
        WHERE st.ambassador
        ORDER BY score DESC, d.id
        """;

    // The same ambassadors in the same order, one page of them; one row even past the end, so the total is known.
    private const string AmbassadorsPageQuery = $"""
        WITH {ScoreSql.Decayed},
        ambassadors AS (
            SELECT d.id AS donor_id, d.first_name, d.last_name, d.class_year, st.since, st.ambassador_reasons, coalesce(s.score, 0) AS score
            FROM engagement_standings st
            JOIN donor_directory d ON d.id = st.donor_id
            LEFT JOIN (SELECT donor_id, sum(points) AS score FROM decayed GROUP BY donor_id) s ON s.donor_id = st.donor_id
            WHERE st.ambassador)
        SELECT t.total, p.donor_id, p.first_name, p.last_name, p.class_year, p.since, p.ambassador_reasons, p.score
        FROM (SELECT count(*) AS total FROM ambassadors) t
        LEFT JOIN LATERAL (SELECT * FROM ambassadors a ORDER BY a.score DESC, a.donor_id OFFSET @offset LIMIT @limit) p ON true
        ORDER BY p.score DESC, p.donor_id
        """;

    public async Task<EngagementReport> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One snapshot for the three queries: a recompute committing meanwhile never shows in one part and not another.
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var stages = (await db.Database.SqlQueryRaw<StageRow>(
                StagesQuery, GiveBackNpgsql.Parameter("entry_stage", NpgsqlDbType.Text, model.EntryRung.Name)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Stage, s => (int)s.Donors, StringComparer.Ordinal);

        var dimensions = (await db.Database.SqlQueryRaw<DimensionRow>(DimensionsQuery, ScoreSql.Parameters(model, now)).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Dimension, d => new DimensionCount(d.Dimension, (int)d.Donors, (int)d.Activities, d.Score), StringComparer.Ordinal);

        var ambassadors = (await db.Database.SqlQueryRaw<AmbassadorRow>(AmbassadorsQuery, ScoreSql.Parameters(model, now)).ToListAsync(cancellationToken))
            .Select(r => new AmbassadorEntry(r.DonorId, r.FirstName, r.LastName, r.ClassYear, r.Score, r.Since, r.AmbassadorReasons))
            .ToList();

        // Every stage and dimension appears, with zero when nobody is there, so a CSV has stable rows.
        return new EngagementReport(
            now,
            stages.Values.Sum(),
            [.. model.StageNames.Select(s => new StageCount(s, stages.GetValueOrDefault(s)))],
            [.. Dimensions.All.Select(d => dimensions.GetValueOrDefault(d) ?? new DimensionCount(d, 0, 0, 0))],
            ambassadors);
    }

    /// <summary>One page of the ambassadors, highest score first, each with the reasons the recompute gave.</summary>
    public async Task<Page<AmbassadorEntry>> AmbassadorsAsync(DateTimeOffset now, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<AmbassadorPageRow>(
            AmbassadorsPageQuery,
            [
                .. ScoreSql.Parameters(model, now),
                GiveBackNpgsql.Parameter("offset", NpgsqlDbType.Integer, offset),
                GiveBackNpgsql.Parameter("limit", NpgsqlDbType.Integer, limit),
            ]).ToListAsync(cancellationToken);
        var total = rows.Count == 0 ? 0 : (int)rows[0].Total;
        return new Page<AmbassadorEntry>(
            [.. rows.Where(r => r.DonorId is not null).Select(r => new AmbassadorEntry(
                r.DonorId!.Value, r.FirstName!, r.LastName!, r.ClassYear, r.Score!.Value, r.Since!.Value, r.AmbassadorReasons ?? []))],
            total,
            offset,
            limit);
    }

    private sealed record StageRow(string Stage, long Donors);

    private sealed record DimensionRow(string Dimension, long Donors, long Activities, double Score);

    private sealed record AmbassadorRow(
        Guid DonorId, string FirstName, string LastName, int? ClassYear, DateTimeOffset Since, string[] AmbassadorReasons, double Score);

    private sealed record AmbassadorPageRow(
        long Total, Guid? DonorId, string? FirstName, string? LastName, int? ClassYear, DateTimeOffset? Since, string[]? AmbassadorReasons,
        double? Score);
}
