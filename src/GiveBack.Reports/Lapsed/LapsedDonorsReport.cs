using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Rollups;
using Npgsql;
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
        SELECT t.total, p.id, p.first_name, p.last_name, p.email, p.class_year,
               last_gift.received_on, last_gift.amount, life.amount, life.gifts
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await ReportRollups.EnsureKeptUnderAsync(connection, calendar.FirstMonth, cancellationToken);
        await using var command = new NpgsqlCommand(kind == LapseKind.Lybunt ? LybuntSql : SybuntSql, connection);
        command.Parameters.Add(new NpgsqlParameter("currency", NpgsqlDbType.Char) { Value = currency });
        command.Parameters.AddWithValue("year", fiscalYear);
        command.Parameters.AddWithValue("next_start", window.NextStart);
        command.Parameters.AddWithValue("offset", (long)offset);
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Bigint) { Value = (object?)limit ?? DBNull.Value });

        long total = 0;
        var items = new List<LapsedDonor>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            total = reader.GetInt64(0);
            if (reader.IsDBNull(1))
            {
                continue;
            }

            items.Add(new LapsedDonor(
                DonorId: reader.GetGuid(1),
                FirstName: reader.GetString(2),
                LastName: reader.GetString(3),
                Email: reader.IsDBNull(4) ? null : reader.GetString(4),
                ClassYear: reader.IsDBNull(5) ? null : reader.GetInt32(5),
                LastGiftOn: reader.GetFieldValue<DateOnly>(6),
                LastGiftAmount: reader.GetInt64(7),
                LifetimeAmount: reader.GetInt64(8),
                LifetimeGifts: reader.GetInt64(9)));
        }

        return new LapsedDonors(
            kind, fiscalYear, window.Start, window.End, currency, total, offset, limit, items);
    }
}
