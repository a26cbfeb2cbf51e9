using System.Data;
using GiveBack.Engagement.Infrastructure;
using GiveBack.Engagement.Model;
using GiveBack.Engagement.Scoring;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Engagement.Reporting;

/// <summary>The engagement report: three aggregates in PostgreSQL, whatever the number of donors.</summary>
public sealed class EngagementReportQuery(IDbContextFactory<EngagementDbContext> contexts, EngagementModel model)
{
    private const string StagesQuery = """
        SELECT coalesce(st.stage, @entry_stage), count(*)
        FROM donor_directory d LEFT JOIN engagement_standings st ON st.donor_id = d.id
        GROUP BY 1
        """;

    private const string DimensionsQuery = $"""
        WITH {ScoreSql.Decayed}
        SELECT dimension, count(DISTINCT donor_id), count(*), sum(points) FROM decayed GROUP BY dimension
        """;

    private const string AmbassadorsQuery = $"""
        WITH {ScoreSql.Decayed}
        SELECT d.id, d.first_name, d.last_name, d.class_year, st.since, st.ambassador_reasons,
               coalesce((SELECT sum(x.points) FROM decayed x WHERE x.donor_id = d.id), 0) AS score
        FROM engagement_standings st
        JOIN donor_directory d ON d.id = st.donor_id
        WHERE st.ambassador
        ORDER BY score DESC, d.id
        """;

    public async Task<EngagementReport> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One snapshot for the three queries: a recompute committing meanwhile never shows in one part and not another.
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var stages = (await Sql.QueryAsync(
            db,
            StagesQuery,
            p => p.Add(Sql.Parameter("entry_stage", NpgsqlDbType.Text, model.EntryRung.Name)),
            r => new StageCount(r.GetString(0), (int)r.GetInt64(1)),
            cancellationToken)).ToDictionary(s => s.Stage, s => s.Donors, StringComparer.Ordinal);

        var dimensions = (await Sql.QueryAsync(
            db,
            DimensionsQuery,
            p => ScoreSql.AddParameters(p, model, now),
            r => new DimensionCount(r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2), r.GetDouble(3)),
            cancellationToken)).ToDictionary(d => d.Dimension, StringComparer.Ordinal);

        var ambassadors = await Sql.QueryAsync(
            db,
            AmbassadorsQuery,
            p => ScoreSql.AddParameters(p, model, now),
            r => new AmbassadorEntry(
                r.GetGuid(0), r.GetString(1), r.GetString(2), r.Nullable<int>(3), r.GetDouble(6),
                r.GetFieldValue<DateTimeOffset>(4), r.GetFieldValue<string[]>(5)),
            cancellationToken);

        // Every stage and dimension appears, with zero when nobody is there, so a CSV has stable rows.
        return new EngagementReport(
            now,
            stages.Values.Sum(),
            [.. model.StageNames.Select(s => new StageCount(s, stages.GetValueOrDefault(s)))],
            [.. Dimensions.All.Select(d => dimensions.GetValueOrDefault(d) ?? new DimensionCount(d, 0, 0, 0))],
            ambassadors);
    }
}
