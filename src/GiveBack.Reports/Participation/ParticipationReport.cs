using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Rollups;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Reports.Participation;

/// <summary>
/// Participation by the donor's class year of record (the donors table), so that numerator and denominator classify a
/// donor the same way and no class can exceed 100%. The givers of a year come from the fiscal-year rollup; the givers to
/// one campaign from the ledger (the rollups are not kept per campaign), through its campaign index.
/// </summary>
public sealed class ParticipationReport(ReportsDatabase database, FiscalCalendar calendar)
{
    private const string ByClassYear = """
        SELECT d.class_year, count(*) AS of_record, count(gv.donor_id) AS donors
        FROM donor_directory d
        LEFT JOIN givers gv ON gv.donor_id = d.id
        GROUP BY d.class_year
        ORDER BY d.class_year NULLS FIRST
        """;

    private const string YearSql = $"""
        WITH givers AS (
            SELECT f.donor_id FROM donor_fiscal_year_giving f WHERE f.currency = @currency AND f.fiscal_year = @year
        )
        {ByClassYear}
        """;

    private const string CampaignSql = $"""
        WITH givers AS (
            SELECT DISTINCT g.donor_id
            FROM standing_gifts g
            WHERE g.campaign_id = @campaign_id AND g.currency = @currency
              AND g.received_on >= @start AND g.received_on < @next_start
        )
        {ByClassYear}
        """;

    private const string CampaignExistsSql = "SELECT EXISTS (SELECT 1 FROM campaign_directory WHERE id = @campaign_id)";

    /// <summary>The figures, or null when <paramref name="campaignId"/> names no campaign.</summary>
    public async Task<ParticipationFigures?> RunAsync(
        int fiscalYear, Guid? campaignId, string? currency, CancellationToken cancellationToken)
    {
        var window = FiscalYearWindow.Of(calendar, fiscalYear);
        currency ??= database.DefaultCurrency;
        await using var connection = await database.OpenAsync(cancellationToken);
        if (campaignId is { } id && !await CampaignExistsAsync(connection, id, cancellationToken))
        {
            return null;
        }

        if (campaignId is null)
        {
            await ReportRollups.EnsureKeptUnderAsync(connection, calendar.FirstMonth, cancellationToken);
        }

        await using var command = new NpgsqlCommand(campaignId is null ? YearSql : CampaignSql, connection);
        command.Parameters.Add(new NpgsqlParameter("currency", NpgsqlDbType.Char) { Value = currency });
        command.Parameters.AddWithValue("year", fiscalYear);
        command.Parameters.AddWithValue("start", window.Start);
        command.Parameters.AddWithValue("next_start", window.NextStart);
        command.Parameters.Add(new NpgsqlParameter("campaign_id", NpgsqlDbType.Uuid) { Value = (object?)campaignId ?? DBNull.Value });

        long friendDonors = 0;
        var byClassYear = new List<ClassYearParticipation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var ofRecord = reader.GetInt64(1);
            var donors = reader.GetInt64(2);
            if (reader.IsDBNull(0))
            {
                friendDonors = donors;
                continue;
            }

            byClassYear.Add(new ClassYearParticipation(reader.GetInt32(0), ofRecord, donors, Rate.Of(donors, ofRecord)));
        }

        var alumni = byClassYear.Sum(c => c.AlumniOfRecord);
        var alumniDonors = byClassYear.Sum(c => c.AlumniDonors);
        return new ParticipationFigures(
            fiscalYear, window.Start, window.End, currency, campaignId, alumni, alumniDonors, Rate.Of(alumniDonors, alumni),
            friendDonors, byClassYear);
    }

    private static async Task<bool> CampaignExistsAsync(NpgsqlConnection connection, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CampaignExistsSql, connection);
        command.Parameters.AddWithValue("campaign_id", campaignId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
