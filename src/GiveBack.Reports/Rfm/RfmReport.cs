using System.Data;
using GiveBack.Data.Postgres;
using GiveBack.Reports.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Reports.Rfm;

/// <summary>
/// RFM over the per-donor totals of all standing gifts (the <c>donor_giving_totals</c> rollup), in three statements on
/// one snapshot: the quintile cut points; the number of donors for each of the 125 (R, F, M) score triples, from which
/// the segments are counted here with <see cref="RfmSegments"/>; and one page of donors. The last two are single passes
/// over the rollup that PostgreSQL can run on parallel workers, with the cut points as plain parameters.
/// </summary>
public sealed class RfmReport(ReportsDatabase database)
{
    private const string CutsSql = """
        SELECT count(*) AS donors,
               percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY t.last_gift_on) AS recency,
               percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY t.gift_count) AS frequency,
               percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY t.amount) AS monetary
        FROM donor_giving_totals t
        WHERE t.currency = @currency
        """;

    private const string Scored = """
        SELECT t.donor_id, t.last_gift_on, t.gift_count, t.amount,
               1 + (t.last_gift_on > @r1)::int + (t.last_gift_on > @r2)::int + (t.last_gift_on > @r3)::int + (t.last_gift_on > @r4)::int AS r_score,
               1 + (t.gift_count > @f1)::int + (t.gift_count > @f2)::int + (t.gift_count > @f3)::int + (t.gift_count > @f4)::int AS f_score,
               1 + (t.amount > @m1)::int + (t.amount > @m2)::int + (t.amount > @m3)::int + (t.amount > @m4)::int AS m_score
        FROM donor_giving_totals t
        WHERE t.currency = @currency
        """;

    private const string TriplesSql = $"""
        SELECT s.r_score, s.f_score, s.m_score, count(*) AS donors
        FROM ({Scored}) s
        GROUP BY s.r_score, s.f_score, s.m_score
        """;

    // A triple is coded r*100 + f*10 + m; @codes (the triples of the requested segment) is null for every donor.
    private const string PageSql = $"""
        SELECT p.donor_id, d.first_name, d.last_name, d.email, d.class_year,
               p.last_gift_on, p.gift_count, p.amount, p.r_score, p.f_score, p.m_score
        FROM (
            SELECT s.* FROM ({Scored}) s
            WHERE @codes::int[] IS NULL OR s.r_score * 100 + s.f_score * 10 + s.m_score = ANY (@codes::int[])
            ORDER BY s.r_score DESC, s.f_score DESC, s.m_score DESC, s.amount DESC, s.donor_id
            OFFSET @offset LIMIT @limit
        ) p
        LEFT JOIN donor_directory d ON d.id = p.donor_id
        ORDER BY p.r_score DESC, p.f_score DESC, p.m_score DESC, p.amount DESC, p.donor_id
        """;

    /// <summary>One page of the report's donors: skip <c>offset</c>, take <c>limit</c> (null: every one, a CSV export).</summary>
    public async Task<RfmFigures> RunAsync(string? segment, string? currency, int offset, int? limit, CancellationToken cancellationToken)
    {
        currency ??= database.DefaultCurrency;
        await using var db = await database.CreateContextAsync(cancellationToken);

        // One snapshot for the three statements, so that cut points, counts and page describe the same donors.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var cuts = await CutPointsAsync(db, currency, cancellationToken);
        if (cuts is null)
        {
            return new RfmFigures(currency, 0, RfmCutPoints.None, SegmentCounts([]), segment, 0, offset, limit, []);
        }

        var triples = await TriplesAsync(db, currency, cuts, cancellationToken);
        var segments = SegmentCounts(triples);
        var codes = segment is null ? null : CodesOf(segment);
        var total = segment is null ? segments.Sum(s => s.Donors) : segments.Where(s => s.Segment == segment).Sum(s => s.Donors);
        var items = await PageAsync(db, currency, cuts, codes, offset, limit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RfmFigures(currency, segments.Sum(s => s.Donors), cuts, segments, segment, total, offset, limit, items);
    }

    private static async Task<RfmCutPoints?> CutPointsAsync(ReportsDbContext db, string currency, CancellationToken cancellationToken)
    {
        var cuts = (await db.Database.SqlQueryRaw<CutsRow>(CutsSql, Currency(currency)).ToListAsync(cancellationToken)).Single();
        return cuts.Donors == 0 ? null : new RfmCutPoints(cuts.Recency!, cuts.Frequency!, cuts.Monetary!);
    }

    private static async Task<Dictionary<(int R, int F, int M), long>> TriplesAsync(
        ReportsDbContext db, string currency, RfmCutPoints cuts, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<TripleRow>(TriplesSql, [Currency(currency), .. Cuts(cuts)]).ToListAsync(cancellationToken);
        return rows.ToDictionary(t => (t.RScore, t.FScore, t.MScore), t => t.Donors);
    }

    private static async Task<List<RfmDonor>> PageAsync(
        ReportsDbContext db, string currency, RfmCutPoints cuts, int[]? codes, int offset, int? limit, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<DonorRow>(
            PageSql,
            [
                Currency(currency), .. Cuts(cuts),
                GiveBackNpgsql.Parameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Integer, codes),
                GiveBackNpgsql.Parameter("offset", NpgsqlDbType.Bigint, (long)offset),
                GiveBackNpgsql.Parameter("limit", NpgsqlDbType.Bigint, limit),
            ]).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RfmDonor(
            DonorId: r.DonorId,
            FirstName: r.FirstName,
            LastName: r.LastName,
            Email: r.Email,
            ClassYear: r.ClassYear,
            LastGiftOn: r.LastGiftOn,
            Gifts: r.GiftCount,
            Amount: r.Amount,
            Recency: r.RScore,
            Frequency: r.FScore,
            Monetary: r.MScore,
            Segment: RfmSegments.Of(r.RScore, r.FScore, r.MScore).Key))];
    }

    private static NpgsqlParameter Currency(string currency) => GiveBackNpgsql.Parameter("currency", NpgsqlDbType.Char, currency);

    private static IEnumerable<NpgsqlParameter> Cuts(RfmCutPoints cuts) =>
        Enumerable.Range(0, 4).SelectMany(i => new[]
        {
            GiveBackNpgsql.Parameter($"r{i + 1}", NpgsqlDbType.Date, cuts.Recency[i]),
            GiveBackNpgsql.Parameter($"f{i + 1}", NpgsqlDbType.Bigint, cuts.Frequency[i]),
            GiveBackNpgsql.Parameter($"m{i + 1}", NpgsqlDbType.Bigint, cuts.Monetary[i]),
        });

    /// <summary>The score triples that <paramref name="segment"/> names (the first matching rule wins, as everywhere).</summary>
    private static int[] CodesOf(string segment) =>
        [.. from r in Enumerable.Range(1, 5)
            from f in Enumerable.Range(1, 5)
            from m in Enumerable.Range(1, 5)
            where RfmSegments.Of(r, f, m).Key == segment
            select r * 100 + f * 10 + m];

    /// <summary>Every segment in rule order, with zero for those no donor falls in.</summary>
    private static List<RfmSegmentCount> SegmentCounts(Dictionary<(int R, int F, int M), long> triples)
    {
        var byKey = triples
            .GroupBy(t => RfmSegments.Of(t.Key.R, t.Key.F, t.Key.M).Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Value), StringComparer.Ordinal);
        var all = byKey.Values.Sum();
        return [.. RfmSegments.All.Select(s => new RfmSegmentCount(s.Key, s.Name, byKey.GetValueOrDefault(s.Key), Rate.Of(byKey.GetValueOrDefault(s.Key), all)))];
    }

    private sealed record CutsRow(long Donors, DateOnly[]? Recency, long[]? Frequency, long[]? Monetary);

    private sealed record TripleRow(int RScore, int FScore, int MScore, long Donors);

    private sealed record DonorRow(
        Guid DonorId, string? FirstName, string? LastName, string? Email, int? ClassYear, DateOnly LastGiftOn, long GiftCount,
        long Amount, int RScore, int FScore, int MScore);
}
