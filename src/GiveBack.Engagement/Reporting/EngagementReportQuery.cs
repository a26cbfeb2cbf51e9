using System.Data;
using GiveBack.Data.Postgres;
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

    private sealed record StageRow(string Stage, long Donors);

    private sealed record DimensionRow(string Dimension, long Donors, long Activities, double Score);

    private sealed record AmbassadorRow(
        Guid DonorId, string FirstName, string LastName, int? ClassYear, DateTimeOffset Since, string[] AmbassadorReasons, double Score);
}
