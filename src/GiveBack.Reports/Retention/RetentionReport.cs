using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Reports.Retention;

/// <summary>
/// Retention of fiscal year Y: one pass over the standing gifts of Y-1 and Y grouped by donor, plus an index probe for
/// "gave before Y-1" only for the donors of Y who did not give in Y-1 (to tell new from recaptured).
/// </summary>
public sealed class RetentionReport(ReportsDatabase database, FiscalCalendar calendar)
{
    private const string Sql = $"""
        WITH by_donor AS (
            SELECT g.donor_id,
                   sum(g.amount) FILTER (WHERE g.received_on < @start) AS prior_amount,
                   sum(g.amount) FILTER (WHERE g.received_on >= @start) AS amount
            FROM ledger_entries g
            WHERE g.received_on >= @prior_start AND g.received_on < @next_start AND {StandingGifts.Where}
            GROUP BY g.donor_id
        ), classified AS MATERIALIZED (
            SELECT w.prior_amount, w.amount,
                   CASE WHEN w.prior_amount IS NULL THEN EXISTS (
                       SELECT 1 FROM ledger_entries g
                       WHERE g.donor_id = w.donor_id AND g.received_on < @prior_start AND {StandingGifts.Where})
                   END AS gave_before
            FROM by_donor w
        )
        SELECT count(*) FILTER (WHERE prior_amount IS NOT NULL),
               count(*) FILTER (WHERE amount IS NOT NULL),
               count(*) FILTER (WHERE prior_amount IS NOT NULL AND amount IS NOT NULL),
               count(*) FILTER (WHERE prior_amount IS NULL AND NOT gave_before),
               count(*) FILTER (WHERE prior_amount IS NULL AND gave_before),
               count(*) FILTER (WHERE amount > prior_amount),
               count(*) FILTER (WHERE amount < prior_amount),
               count(*) FILTER (WHERE amount = prior_amount),
               coalesce(sum(prior_amount), 0)::bigint,
               coalesce(sum(amount), 0)::bigint
        FROM classified
        """;

    public async Task<RetentionFigures> RunAsync(int fiscalYear, string? currency, CancellationToken cancellationToken)
    {
        var window = FiscalYearWindow.Of(calendar, fiscalYear);
        currency ??= database.DefaultCurrency;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter("currency", NpgsqlDbType.Char) { Value = currency });
        command.Parameters.AddWithValue("prior_start", window.PriorStart);
        command.Parameters.AddWithValue("start", window.Start);
        command.Parameters.AddWithValue("next_start", window.NextStart);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var prior = reader.GetInt64(0);
        var retained = reader.GetInt64(2);
        return new RetentionFigures(
            FiscalYear: fiscalYear,
            Start: window.Start,
            End: window.End,
            Currency: currency,
            PriorYearDonors: prior,
            Donors: reader.GetInt64(1),
            Retained: retained,
            RetentionRate: Rate.Of(retained, prior),
            Lapsed: prior - retained,
            New: reader.GetInt64(3),
            Recaptured: reader.GetInt64(4),
            Upgraded: reader.GetInt64(5),
            Downgraded: reader.GetInt64(6),
            Same: reader.GetInt64(7),
            PriorYearAmount: reader.GetInt64(8),
            Amount: reader.GetInt64(9));
    }
}
