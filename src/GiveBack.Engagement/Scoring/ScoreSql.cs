using GiveBack.Data.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Engagement.Scoring;

/// <summary>
/// The score formula of <see cref="EngagementModel"/> in SQL, for aggregates over many donors. The configured types
/// travel as three parallel array parameters, so a change of weights needs no schema change.
/// </summary>
internal static class ScoreSql
{
    /// <summary>
    /// CTEs <c>weights(type, dimension, weight)</c> and <c>decayed(donor_id, dimension, points, occurred_at)</c>: one row
    /// per scored activity. Append further CTEs after it with a comma.
    /// </summary>
    public const string Decayed = """
        weights AS (
            SELECT * FROM unnest(@types::text[], @dimensions::text[], @weights::float8[]) AS w(type, dimension, weight)),
        decayed AS (
            SELECT a.donor_id, w.dimension, a.occurred_at,
                   w.weight * power(0.5, extract(epoch FROM (@now - a.occurred_at))::float8 / 86400.0 / @half_life) AS points
            FROM engagement_activities a
            JOIN weights w ON w.type = a.type
            WHERE a.occurred_at <= @now)
        """;

    /// <summary>The parameters <see cref="Decayed"/> reads, for <c>Database.SqlQueryRaw</c>.</summary>
    public static NpgsqlParameter[] Parameters(EngagementModel model, DateTimeOffset now)
    {
        var types = model.Types.ToList();
        return
        [
            GiveBackNpgsql.Parameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text, types.Select(t => t.Name).ToArray()),
            GiveBackNpgsql.Parameter("dimensions", NpgsqlDbType.Array | NpgsqlDbType.Text, types.Select(t => t.Dimension).ToArray()),
            GiveBackNpgsql.Parameter("weights", NpgsqlDbType.Array | NpgsqlDbType.Double, types.Select(t => t.Weight).ToArray()),
            GiveBackNpgsql.Parameter("now", NpgsqlDbType.TimestampTz, now.ToUniversalTime()),
            GiveBackNpgsql.Parameter("half_life", NpgsqlDbType.Double, model.HalfLifeDays),
        ];
    }
}
