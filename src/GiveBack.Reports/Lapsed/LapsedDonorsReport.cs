using GiveBack.Data.Postgres;
using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Reports.Lapsed;

/// <summary>
/// LYBUNT and SYBUNT from the rollups. The total counts the lapsed set with a join of the rollups (no donor rows); the
/// page walks the donors in list order through their name index and keeps those in the set (two primary-key probes
/// each), so a page near the top costs a few hundred probes however many donors lapsed. The page's last gift is looked
/// up in the ledger (the rollups keep no single gifts) and its lifetime giving in the donor's fiscal-year rows up to Y.
/// </summary>
public sealed class LapsedDonorsReport(ReportsDatabase database, FiscalCalendar calendar)
{
    // Who lapsed is the database's one definition (giveback_lybunt_donors / giveback_sybunt_donors, over the rollups);
    // the functions are inlined into these statements, so the count and the page plan as if written here.
    private const string LybuntCount = "SELECT count(*) FROM giveback_lybunt_donors(@year, @currency)";

    private const string LybuntMember = "EXISTS (SELECT 1 FROM giveback_lybunt_donors(@year, @currency) l WHERE l.donor_id = d.id)";

    private const string SybuntCount = "SELECT count(*) FROM giveback_sybunt_donors(@year, @currency)";

    private const string SybuntMember = "EXISTS (SELECT 1 FROM giveback_sybunt_donors(@year, @currency) l WHERE l.donor_id = d.id)";

    private const string LybuntSql = $"{PageStart}{LybuntMember}{PageEnd}{LybuntCount}{TotalEnd}";
    private const string SybuntSql = $"{PageStart}{SybuntMember}{PageEnd}{SybuntCount}{TotalEnd}";

    private const string PageStart = """
        WITH page AS (
            SELECT d.id, d.first_name, d.last_name, d.email, d.class_year
            FROM donor_directory d
            WHERE

        """;

    private const string PageEnd = """

            ORDER BY d.last_name, d.first_name, d.id
            OFFSET @offset LIMIT @limit
        )
        SELECT t.total, p.id AS donor_id, p.first_name, p.last_name, p.email, p.class_year,
               last_gift.received_on AS last_gift_on, last_gift.amount AS last_gift_amount,
               life.amount AS lifetime_amount, life.gifts AS lifetime_gifts
        FROM (

        """;

    private const string TotalEnd = $"""

        ) t (total)
        LEFT JOIN (page p
            CROSS JOIN LATERAL (
                SELECT g.received_on, g.amount FROM standing_gifts g
                WHERE g.donor_id = p.id AND g.currency = @currency AND g.received_on < @next_start
                ORDER BY g.received_on DESC, g.sequence DESC
                LIMIT 1) last_gift
            CROSS JOIN LATERAL (
                SELECT sum(f.amount)::bigint AS amount, sum(f.gift_count)::bigint AS gifts FROM donor_fiscal_year_giving f
                WHERE f.donor_id = p.id AND f.currency = @currency AND f.fiscal_year <= @year) life
        ) ON true
        ORDER BY p.last_name, p.first_name, p.id
        """;

    /// <summary>One page of the report's donors: skip <c>offset</c>, take <c>limit</c> (null: every one, a CSV export).</summary>
    public async Task<LapsedDonors> RunAsync(
        LapseKind kind, int fiscalYear, string? currency, int offset, int? limit, CancellationToken cancellationToken)
    {
        var window = FiscalYearWindow.Of(calendar, fiscalYear);
        currency ??= database.DefaultCurrency;
        await using var db = await database.CreateContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await ReportRollups.EnsureKeptUnderAsync(db, calendar.FirstMonth, cancellationToken);
        var rows = await db.Database.SqlQueryRaw<LapsedRow>(
            kind == LapseKind.Lybunt ? LybuntSql : SybuntSql,
            GiveBackNpgsql.Parameter("currency", NpgsqlDbType.Char, currency),
            GiveBackNpgsql.Parameter("year", NpgsqlDbType.Integer, fiscalYear),
            GiveBackNpgsql.Parameter("next_start", NpgsqlDbType.Date, window.NextStart),
            GiveBackNpgsql.Parameter("offset", NpgsqlDbType.Bigint, (long)offset),
            GiveBackNpgsql.Parameter("limit", NpgsqlDbType.Bigint, limit)).ToListAsync(cancellationToken);

        // The total comes on every row, and alone (no donor) on a page past the end.
        var total = rows.Count == 0 ? 0 : rows[0].Total;
        var items = rows
            .Where(r => r.DonorId is not null)
            .Select(r => new LapsedDonor(
                DonorId: r.DonorId!.Value,
                FirstName: r.FirstName!,
                LastName: r.LastName!,
                Email: r.Email,
                ClassYear: r.ClassYear,
                LastGiftOn: r.LastGiftOn!.Value,
                LastGiftAmount: r.LastGiftAmount!.Value,
                LifetimeAmount: r.LifetimeAmount!.Value,
                LifetimeGifts: r.LifetimeGifts!.Value))
            .ToList();
        return new LapsedDonors(
            kind, fiscalYear, window.Start, window.End, currency, total, offset, limit, items);
    }

    private sealed record LapsedRow(
        long Total, Guid? DonorId, string? FirstName, string? LastName, string? Email, int? ClassYear, DateOnly? LastGiftOn,
        long? LastGiftAmount, long? LifetimeAmount, long? LifetimeGifts);
}
