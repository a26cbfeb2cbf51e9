using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Paging;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Reports.Rfm;

/// <summary>
/// RFM in one statement: a per-donor aggregate of all standing gifts, the quintile cut points of each measure, the
/// scores, the segment counts and one page of donors, so the per-donor aggregate is computed once.
/// </summary>
public sealed class RfmReport(ReportsDatabase database)
{
    private const string Score = "1 + (v > c[1])::int + (v > c[2])::int + (v > c[3])::int + (v > c[4])::int";

    private static readonly string Sql = $"""
        WITH per_donor AS MATERIALIZED (
            SELECT g.donor_id, max(g.received_on) AS last_gift_on, count(*) AS gifts, sum(g.amount)::bigint AS amount
            FROM ledger_entries g
            WHERE {StandingGifts.Where}
            GROUP BY g.donor_id
        ), cuts AS MATERIALIZED (
            SELECT percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY last_gift_on) AS r,
                   percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY gifts) AS f,
                   percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY amount) AS m
            FROM per_donor
        ), scores AS (
            SELECT p.donor_id, p.last_gift_on, p.gifts, p.amount,
                   {ScoreOf("p.last_gift_on", "cuts.r")} AS r_score,
                   {ScoreOf("p.gifts", "cuts.f")} AS f_score,
                   {ScoreOf("p.amount", "cuts.m")} AS m_score
            FROM per_donor p CROSS JOIN cuts
        ), scored AS MATERIALIZED (
            SELECT s.*, {RfmSegments.SqlCase()} AS segment FROM scores s
        ), listed AS (
            SELECT * FROM scored WHERE @segment::text IS NULL OR segment = @segment::text
        ), page AS (
            SELECT * FROM listed
            ORDER BY r_score DESC, f_score DESC, m_score DESC, amount DESC, donor_id
            OFFSET @offset LIMIT @limit
        ), segments AS (
            SELECT array_agg(segment ORDER BY segment) AS keys, array_agg(n ORDER BY segment) AS counts
            FROM (SELECT segment, count(*) AS n FROM scored GROUP BY segment) x
        )
        SELECT cuts.r, cuts.f, cuts.m, segments.keys, segments.counts, (SELECT count(*) FROM listed) AS total,
               p.donor_id, d.first_name, d.last_name, d.email, d.class_year,
               p.last_gift_on, p.gifts, p.amount, p.r_score, p.f_score, p.m_score, p.segment
        FROM cuts CROSS JOIN segments
        LEFT JOIN page p ON true
        LEFT JOIN donors d ON d.id = p.donor_id
        ORDER BY p.r_score DESC, p.f_score DESC, p.m_score DESC, p.amount DESC, p.donor_id
        """;

    public async Task<RfmFigures> RunAsync(string? segment, string? currency, ReportPage page, CancellationToken cancellationToken)
    {
        currency ??= database.DefaultCurrency;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter("currency", NpgsqlDbType.Char) { Value = currency });
        command.Parameters.Add(new NpgsqlParameter("segment", NpgsqlDbType.Text) { Value = (object?)segment ?? DBNull.Value });
        command.Parameters.AddWithValue("offset", (long)page.Offset);
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Bigint) { Value = (object?)page.Limit ?? DBNull.Value });

        var cutPoints = RfmCutPoints.None;
        IReadOnlyList<RfmSegmentCount> segments = [];
        long total = 0;
        var items = new List<RfmDonor>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == 0 && !reader.IsDBNull(0))
            {
                cutPoints = new RfmCutPoints(
                    reader.GetFieldValue<DateOnly[]>(0), reader.GetFieldValue<long[]>(1), reader.GetFieldValue<long[]>(2));
                segments = SegmentCounts(reader.GetFieldValue<string[]>(3), reader.GetFieldValue<long[]>(4));
            }

            total = reader.GetInt64(5);
            if (!reader.IsDBNull(6))
            {
                items.Add(ReadDonor(reader));
            }
        }

        return new RfmFigures(currency, segments.Sum(s => s.Donors), cutPoints, segments, segment, total, page.Offset, page.Limit, items);
    }

    private static string ScoreOf(string value, string cuts) =>
        Score.Replace("v >", $"{value} >", StringComparison.Ordinal).Replace("c[", $"{cuts}[", StringComparison.Ordinal);

    /// <summary>Every segment in rule order, with zero for those no donor falls in.</summary>
    private static List<RfmSegmentCount> SegmentCounts(string[] keys, long[] counts)
    {
        var byKey = keys.Zip(counts).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
        var all = counts.Sum();
        return [.. RfmSegments.All.Select(s => new RfmSegmentCount(s.Key, s.Name, byKey.GetValueOrDefault(s.Key), Rate.Of(byKey.GetValueOrDefault(s.Key), all)))];
    }

    private static RfmDonor ReadDonor(NpgsqlDataReader reader) => new(
        DonorId: reader.GetGuid(6),
        FirstName: reader.IsDBNull(7) ? null : reader.GetString(7),
        LastName: reader.IsDBNull(8) ? null : reader.GetString(8),
        Email: reader.IsDBNull(9) ? null : reader.GetString(9),
        ClassYear: reader.IsDBNull(10) ? null : reader.GetInt32(10),
        LastGiftOn: reader.GetFieldValue<DateOnly>(11),
        Gifts: reader.GetInt64(12),
        Amount: reader.GetInt64(13),
        Recency: reader.GetInt32(14),
        Frequency: reader.GetInt32(15),
        Monetary: reader.GetInt32(16),
        Segment: reader.GetString(17));
}
