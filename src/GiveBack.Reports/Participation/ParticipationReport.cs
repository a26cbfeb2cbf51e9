using GiveBack.Data.Postgres;
using GiveBack.Domain.Calendar;
using GiveBack.Reports.Calendar;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Rollups;
using Microsoft.EntityFrameworkCore;
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

    private const string CampaignExistsSql = """SELECT EXISTS (SELECT 1 FROM campaign_directory WHERE id = @campaign_id) AS "Value" """;

    /// <summary>The figures, or null when <paramref name="campaignId"/> names no campaign.</summary>
    public async Task<ParticipationFigures?> RunAsync(
        int fiscalYear, Guid? campaignId, string? currency, CancellationToken cancellationToken)
    {
        var window = FiscalYearWindow.Of(calendar, fiscalYear);
        currency ??= database.DefaultCurrency;
        await using var db = await database.CreateContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (campaignId is { } id && !await CampaignExistsAsync(db, id, cancellationToken))
        {
            return null;
        }

        if (campaignId is null)
        {
            await ReportRollups.EnsureKeptUnderAsync(db, calendar.FirstMonth, cancellationToken);
        }

        var rows = await db.Database.SqlQueryRaw<ClassYearRow>(
            campaignId is null ? YearSql : CampaignSql,
            GiveBackNpgsql.Parameter("currency", NpgsqlDbType.Char, currency),
            GiveBackNpgsql.Parameter("year", NpgsqlDbType.Integer, fiscalYear),
            GiveBackNpgsql.Parameter("start", NpgsqlDbType.Date, window.Start),
            GiveBackNpgsql.Parameter("next_start", NpgsqlDbType.Date, window.NextStart),
            GiveBackNpgsql.Parameter("campaign_id", NpgsqlDbType.Uuid, campaignId)).ToListAsync(cancellationToken);

        // Donors without a class year are friends, not alumni: counted apart, outside every rate.
        var friendDonors = rows.Where(r => r.ClassYear is null).Sum(r => r.Donors);
        var byClassYear = rows
            .Where(r => r.ClassYear is not null)
            .Select(r => new ClassYearParticipation(r.ClassYear!.Value, r.OfRecord, r.Donors, Rate.Of(r.Donors, r.OfRecord)))
            .ToList();
        var alumni = byClassYear.Sum(c => c.AlumniOfRecord);
        var alumniDonors = byClassYear.Sum(c => c.AlumniDonors);
        return new ParticipationFigures(
            fiscalYear, window.Start, window.End, currency, campaignId, alumni, alumniDonors, Rate.Of(alumniDonors, alumni),
            friendDonors, byClassYear);
    }

    private static async Task<bool> CampaignExistsAsync(ReportsDbContext db, Guid campaignId, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<bool>(CampaignExistsSql, GiveBackNpgsql.Parameter("campaign_id", NpgsqlDbType.Uuid, campaignId))
            .ToListAsync(cancellationToken)).Single();

    private sealed record ClassYearRow(int? ClassYear, long OfRecord, long Donors);
}
