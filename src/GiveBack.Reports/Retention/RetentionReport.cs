using GiveBack.Data.Postgres;
using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Reports.Retention;

/// <summary>
/// Retention of fiscal year Y from the rollups: the donors of Y-1 and of Y are two runs of the (currency, fiscal_year,
/// donor_id) index, merged in donor order; "new" is a range count of first-gift dates, and recaptured is what is left.
/// </summary>
public sealed class RetentionReport(ReportsDatabase database, FiscalCalendar calendar)
{
    private const string Sql = """
        WITH both_years AS (
            SELECT p.amount AS prior_amount, c.amount
            FROM (SELECT donor_id, amount FROM donor_fiscal_year_giving WHERE currency = @currency AND fiscal_year = @prior_year) p
            FULL JOIN (SELECT donor_id, amount FROM donor_fiscal_year_giving WHERE currency = @currency AND fiscal_year = @year) c
                ON c.donor_id = p.donor_id
        )
        SELECT count(prior_amount) AS prior_year_donors,
               count(amount) AS donors,
               count(*) FILTER (WHERE prior_amount IS NOT NULL AND amount IS NOT NULL) AS retained,
               (SELECT count(*) FROM donor_giving_totals t
                WHERE t.currency = @currency AND t.first_gift_on >= @start AND t.first_gift_on < @next_start) AS arrived_new,
               count(*) FILTER (WHERE amount > prior_amount) AS upgraded,
               count(*) FILTER (WHERE amount < prior_amount) AS downgraded,
               count(*) FILTER (WHERE amount = prior_amount) AS same,
               coalesce(sum(prior_amount), 0)::bigint AS prior_year_amount,
               coalesce(sum(amount), 0)::bigint AS amount
        FROM both_years
        """;

    public async Task<RetentionFigures> RunAsync(int fiscalYear, string? currency, CancellationToken cancellationToken)
    {
        var window = FiscalYearWindow.Of(calendar, fiscalYear);
        currency ??= database.DefaultCurrency;
        await using var db = await database.CreateContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await ReportRollups.EnsureKeptUnderAsync(db, calendar.FirstMonth, cancellationToken);
        var rows = await db.Database.SqlQueryRaw<RetentionRow>(
            Sql,
            GiveBackNpgsql.Parameter("currency", NpgsqlDbType.Char, currency),
            GiveBackNpgsql.Parameter("prior_year", NpgsqlDbType.Integer, fiscalYear - 1),
            GiveBackNpgsql.Parameter("year", NpgsqlDbType.Integer, fiscalYear),
            GiveBackNpgsql.Parameter("start", NpgsqlDbType.Date, window.Start),
            GiveBackNpgsql.Parameter("next_start", NpgsqlDbType.Date, window.NextStart)).ToListAsync(cancellationToken);
        var row = rows.Single();
        return new RetentionFigures(
            FiscalYear: fiscalYear,
            Start: window.Start,
            End: window.End,
            Currency: currency,
            PriorYearDonors: row.PriorYearDonors,
            Donors: row.Donors,
            Retained: row.Retained,
            RetentionRate: Rate.Of(row.Retained, row.PriorYearDonors),
            Lapsed: row.PriorYearDonors - row.Retained,
            New: row.ArrivedNew,
            Recaptured: row.Donors - row.Retained - row.ArrivedNew,
            Upgraded: row.Upgraded,
            Downgraded: row.Downgraded,
            Same: row.Same,
            PriorYearAmount: row.PriorYearAmount,
            Amount: row.Amount);
    }

    private sealed record RetentionRow(
        long PriorYearDonors, long Donors, long Retained, long ArrivedNew, long Upgraded, long Downgraded, long Same,
        long PriorYearAmount, long Amount);
}
