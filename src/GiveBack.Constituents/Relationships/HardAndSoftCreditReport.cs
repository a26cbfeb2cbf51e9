using GiveBack.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Hard and soft credit side by side, per donor, for a fiscal year and a currency (docs/reports.md, "Hard and soft
/// credit"): the standing gifts each donor gave, and the standing gifts others gave that credit them. A gift's date
/// places its soft credits in the year too. The year's totals are kept apart: soft credit is recognition, and adding
/// it to the hard total would count a gift twice.
/// </summary>
public sealed class HardAndSoftCreditReport(IDbContextFactory<ConstituentsDbContext> contexts, FiscalCalendar calendar)
{
    public async Task<CreditReport> RunAsync(int fiscalYear, string currency, int offset, int? limit, CancellationToken cancellationToken = default)
    {
        var (from, to) = (calendar.StartOf(fiscalYear), calendar.EndOf(fiscalYear));
        var take = limit ?? int.MaxValue;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<Row>($"""
            WITH hard AS (
                SELECT g.donor_id, SUM(g.amount)::bigint AS amount, COUNT(*)::int AS gifts
                FROM standing_gifts g
                WHERE g.currency = {currency} AND g.received_on BETWEEN {from} AND {to}
                GROUP BY g.donor_id
            ), soft AS (
                SELECT sc.donor_id, SUM(sc.amount)::bigint AS amount, COUNT(*)::int AS gifts
                FROM soft_credits sc
                JOIN standing_gifts g ON g.id = sc.gift_id
                WHERE g.currency = {currency} AND g.received_on BETWEEN {from} AND {to} AND g.donor_id <> sc.donor_id
                GROUP BY sc.donor_id
            ), credited AS (
                SELECT COALESCE(h.donor_id, s.donor_id) AS donor_id,
                       COALESCE(h.amount, 0) AS hard_amount, COALESCE(h.gifts, 0) AS hard_gifts,
                       COALESCE(s.amount, 0) AS soft_amount, COALESCE(s.gifts, 0) AS soft_gifts
                FROM hard h FULL JOIN soft s ON s.donor_id = h.donor_id
            )
            SELECT c.donor_id, COALESCE(d.first_name, '') AS first_name, COALESCE(d.last_name, '') AS last_name,
                   m.household_id, hh.name AS household_name,
                   c.hard_amount, c.hard_gifts, c.soft_amount, c.soft_gifts, c.hard_amount + c.soft_amount AS recognition_amount,
                   COUNT(*) OVER () AS total, SUM(c.hard_amount) OVER ()::bigint AS total_hard, SUM(c.soft_amount) OVER ()::bigint AS total_soft
            FROM credited c
            LEFT JOIN donor_directory d ON d.id = c.donor_id
            LEFT JOIN household_members m ON m.donor_id = c.donor_id
            LEFT JOIN households hh ON hh.id = m.household_id
            ORDER BY d.last_name, d.first_name, c.donor_id
            OFFSET {offset} LIMIT {take}
            """).ToListAsync(cancellationToken);
        var first = rows.FirstOrDefault();
        return new CreditReport(
            fiscalYear, currency, from, to, first?.TotalHard ?? 0, first?.TotalSoft ?? 0,
            [.. rows.Select(r => new CreditReportRow(
                r.DonorId, r.FirstName, r.LastName, r.HouseholdId, r.HouseholdName, r.HardAmount, r.HardGifts, r.SoftAmount, r.SoftGifts, r.RecognitionAmount))],
            (int)(first?.Total ?? 0), offset, limit ?? rows.Count);
    }

    private sealed record Row(
        Guid DonorId, string FirstName, string LastName, Guid? HouseholdId, string? HouseholdName, long HardAmount, int HardGifts, long SoftAmount,
        int SoftGifts, long RecognitionAmount, long Total, long TotalHard, long TotalSoft);
}
