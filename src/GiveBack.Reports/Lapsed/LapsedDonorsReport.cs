using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Paging;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Reports.Lapsed;

/// <summary>
/// LYBUNT and SYBUNT. The lapsed set is computed once (materialized) for the count and the page; last gift and
/// lifetime giving are looked up per donor for the page only, through the (donor_id, received_on) index.
/// </summary>
public sealed class LapsedDonorsReport(ReportsDatabase database, FiscalCalendar calendar)
{
    // Gave in [prior_start, start) and not in [start, next_start).
    private const string LybuntSet = $"""
        SELECT g.donor_id
        FROM ledger_entries g
        WHERE g.received_on >= @prior_start AND g.received_on < @next_start AND {StandingGifts.Where}
        GROUP BY g.donor_id
        HAVING max(g.received_on) < @start
        """;

    // Gave before prior_start and not in [prior_start, next_start).
    private const string SybuntSet = $"""
        SELECT DISTINCT g.donor_id
        FROM ledger_entries g
        WHERE g.received_on < @prior_start AND {StandingGifts.Where}
        EXCEPT
        SELECT g.donor_id
        FROM ledger_entries g
        WHERE g.received_on >= @prior_start AND g.received_on < @next_start AND {StandingGifts.Where}
        """;

    private const string PageAndTotal = $"""
        , page AS (
            SELECT d.id, d.first_name, d.last_name, d.email, d.class_year
            FROM lapsed l JOIN donors d ON d.id = l.donor_id
            ORDER BY d.last_name, d.first_name, d.id
            OFFSET @offset LIMIT @limit
        )
        SELECT t.total, p.id, p.first_name, p.last_name, p.email, p.class_year,
               last_gift.received_on, last_gift.amount, life.amount, life.gifts
        FROM (SELECT count(*) AS total FROM lapsed) t
        LEFT JOIN (page p
            CROSS JOIN LATERAL (
                SELECT g.received_on, g.amount FROM ledger_entries g
                WHERE g.donor_id = p.id AND g.received_on < @next_start AND {StandingGifts.Where}
                ORDER BY g.received_on DESC, g.sequence DESC
                LIMIT 1) last_gift
            CROSS JOIN LATERAL (
                SELECT sum(g.amount)::bigint AS amount, count(*) AS gifts FROM ledger_entries g
                WHERE g.donor_id = p.id AND g.received_on < @next_start AND {StandingGifts.Where}) life
        ) ON true
        ORDER BY p.last_name, p.first_name, p.id
        """;

    private const string LybuntSql = $"WITH lapsed AS MATERIALIZED ({LybuntSet}){PageAndTotal}";
    private const string SybuntSql = $"WITH lapsed AS MATERIALIZED ({SybuntSet}){PageAndTotal}";

    public async Task<LapsedDonors> RunAsync(
        LapseKind kind, int fiscalYear, string? currency, ReportPage page, CancellationToken cancellationToken)
    {
        var window = FiscalYearWindow.Of(calendar, fiscalYear);
        currency ??= database.DefaultCurrency;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(kind == LapseKind.Lybunt ? LybuntSql : SybuntSql, connection);
        command.Parameters.Add(new NpgsqlParameter("currency", NpgsqlDbType.Char) { Value = currency });
        command.Parameters.AddWithValue("prior_start", window.PriorStart);
        command.Parameters.AddWithValue("start", window.Start);
        command.Parameters.AddWithValue("next_start", window.NextStart);
        command.Parameters.AddWithValue("offset", (long)page.Offset);
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Bigint) { Value = (object?)page.Limit ?? DBNull.Value });

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
            kind, fiscalYear, window.Start, window.End, currency, total, page.Offset, page.Limit, items);
    }
}
