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
        SELECT d.id AS donor_id, d.class_year, p.dimension, p.points, p.activities, p.last_activity, st.stage,
               coalesce(st.ambassador, false) AS ambassador
        FROM per_dimension p
        FULL JOIN engagement_standings st ON st.donor_id = p.donor_id
        JOIN donor_directory d ON d.id = coalesce(p.donor_id, st.donor_id)
        """;

    public async Task<IReadOnlyList<AmbassadorCandidate>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<CandidateRow>(Query, ScoreSql.Parameters(model, now)).ToListAsync(cancellationToken);

        return [.. rows.GroupBy(r => r.DonorId).Select(donor =>
        {
            var first = donor.First();
            var dimensions = Dimensions.All
                .Select(d => donor.Where(r => r.Dimension == d).Select(r => new DimensionTotal(d, r.Points ?? 0, (int)(r.Activities ?? 0))).SingleOrDefault()
                    ?? new DimensionTotal(d, 0, 0))
                .ToList();
            return new AmbassadorCandidate(
                donor.Key, first.ClassYear, dimensions.Sum(d => d.Score), dimensions, donor.Max(r => r.LastActivity), first.Stage, first.Ambassador);
        })];
    }

    private sealed record CandidateRow(
        Guid DonorId, int? ClassYear, string? Dimension, double? Points, long? Activities, DateTimeOffset? LastActivity, string? Stage,
        bool Ambassador);
}
