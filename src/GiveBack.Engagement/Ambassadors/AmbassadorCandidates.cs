using GiveBack.Engagement.Infrastructure;
using GiveBack.Engagement.Model;
using GiveBack.Engagement.Scoring;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Engagement.Ambassadors;

/// <summary>
/// Every donor's live score by dimension and recorded standing, in one aggregate over the activities: the recompute
/// ranks from this and calls only the grains whose standing must change.
/// </summary>
public sealed class AmbassadorCandidates(IDbContextFactory<EngagementDbContext> contexts, EngagementModel model)
{
    private const string Query = $"""
        WITH {ScoreSql.Decayed},
        per_dimension AS (
            SELECT donor_id, dimension, sum(points) AS points, count(*) AS activities, max(occurred_at) AS last_activity
            FROM decayed GROUP BY donor_id, dimension)
        SELECT d.id, d.class_year, p.dimension, p.points, p.activities, p.last_activity, st.stage, coalesce(st.ambassador, false)
        FROM per_dimension p
        FULL JOIN engagement_standings st ON st.donor_id = p.donor_id
        JOIN donor_directory d ON d.id = coalesce(p.donor_id, st.donor_id)
        """;

    public async Task<IReadOnlyList<AmbassadorCandidate>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Sql.QueryAsync(
            db,
            Query,
            p => ScoreSql.AddParameters(p, model, now),
            r => (
                DonorId: r.GetGuid(0),
                ClassYear: r.Nullable<int>(1),
                Dimension: r.NullableString(2),
                Points: r.Nullable<double>(3) ?? 0,
                Activities: (int)(r.Nullable<long>(4) ?? 0),
                Last: r.Nullable<DateTimeOffset>(5),
                Stage: r.NullableString(6),
                Ambassador: r.GetBoolean(7)),
            cancellationToken);

        return [.. rows.GroupBy(r => r.DonorId).Select(donor =>
        {
            var first = donor.First();
            var dimensions = Dimensions.All
                .Select(d => donor.Where(r => r.Dimension == d).Select(r => new DimensionTotal(d, r.Points, r.Activities)).SingleOrDefault()
                    ?? new DimensionTotal(d, 0, 0))
                .ToList();
            return new AmbassadorCandidate(
                donor.Key, first.ClassYear, dimensions.Sum(d => d.Score), dimensions, donor.Max(r => r.Last), first.Stage, first.Ambassador);
        })];
    }
}
