using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Rollups;
using Npgsql;
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
        SELECT count(prior_amount),
               count(amount),
               count(*) FILTER (WHERE prior_amount IS NOT NULL AND amount IS NOT NULL),
               (SELECT count(*) FROM donor_giving_totals t
                WHERE t.currency = @currency AND t.first_gift_on >= @start AND t.first_gift_on < @next_start),
               count(*) FILTER (WHERE amount > prior_amount),
               count(*) FILTER (WHERE amount < prior_amount),
               count(*) FILTER (WHERE amount = prior_amount),
               coalesce(sum(prior_amount), 0)::bigint,
               coalesce(sum(amount), 0)::bigint
        FROM both_years
        """;

    public async Task<RetentionFigures> RunAsync(int fiscalYear, string? currency, CancellationToken cancellationToken)
    {
        var window = FiscalYearWindow.Of(calendar, fiscalYear);
        currency ??= database.DefaultCurrency;
        await using var connection = await database.OpenAsync(cancellationToken);
        await ReportRollups.EnsureKeptUnderAsync(connection, calendar.FirstMonth, cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter("currency", NpgsqlDbType.Char) { Value = currency });
        command.Parameters.AddWithValue("prior_year", fiscalYear - 1);
        command.Parameters.AddWithValue("year", fiscalYear);
        command.Parameters.AddWithValue("start", window.Start);
        command.Parameters.AddWithValue("next_start", window.NextStart);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var prior = reader.GetInt64(0);
        var donors = reader.GetInt64(1);
        var retained = reader.GetInt64(2);
        var arrivedNew = reader.GetInt64(3);
        return new RetentionFigures(
            FiscalYear: fiscalYear,
            Start: window.Start,
            End: window.End,
            Currency: currency,
            PriorYearDonors: prior,
            Donors: donors,
            Retained: retained,
            RetentionRate: Rate.Of(retained, prior),
            Lapsed: prior - retained,
            New: arrivedNew,
            Recaptured: donors - retained - arrivedNew,
            Upgraded: reader.GetInt64(4),
            Downgraded: reader.GetInt64(5),
            Same: reader.GetInt64(6),
            PriorYearAmount: reader.GetInt64(7),
            Amount: reader.GetInt64(8));
    }
}
