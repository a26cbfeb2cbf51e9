using GiveBack.Constituents.Relationships;
using GiveBack.Reports;
using GiveBack.Reports.Csv;
using GiveBack.Reports.Endpoints;
using GiveBack.Web.Csv;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// <c>GET /reports/hard-and-soft-credit?fiscalYear=Y[&amp;currency=…]</c>: hard and soft credit per donor, JSON or CSV,
/// with the query rules every report has (docs/reports.md). Served here because soft credits are constituents' rows.
/// </summary>
public static class CreditReportApi
{
    public static RouteGroupBuilder MapCreditReportApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/reports/hard-and-soft-credit", HardAndSoftCredit).WithTags("Reports").RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Ok<CreditReport>, CsvFileResult, ProblemHttpResult>> HardAndSoftCredit(
        int? fiscalYear, string? currency, int? offset, int? limit, HttpRequest http, HardAndSoftCreditReport report, IOptions<ReportsOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var csv = ReportFormat.WantsCsv(http);
        var year = ReportQuery.FiscalYear(fiscalYear, errors);
        var code = ReportQuery.Currency(currency, errors) ?? options.Value.Currency;
        var rows = ReportQuery.Rows(offset, limit, csv, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var figures = await report.RunAsync(year, code, rows.Offset, rows.Limit, cancellationToken);
        return csv ? new CsvFileResult(Csv(figures), ReportCsv.FileName("hard-and-soft-credit", year, code)) : TypedResults.Ok(figures);
    }

    private static CsvTable Csv(CreditReport report)
    {
        var table = new CsvTable(
            "donor_id", "first_name", "last_name", "household_id", "household_name", "currency", "hard_amount", "hard_gifts", "soft_amount", "soft_gifts",
            "recognition_amount");
        foreach (var r in report.Items)
        {
            table.Add(
                CsvTable.Id(r.DonorId), CsvTable.Text(r.FirstName), CsvTable.Text(r.LastName), CsvTable.Id(r.HouseholdId), CsvTable.Text(r.HouseholdName),
                report.Currency, CsvTable.Number(r.HardAmount), CsvTable.Number(r.HardGifts), CsvTable.Number(r.SoftAmount), CsvTable.Number(r.SoftGifts),
                CsvTable.Number(r.RecognitionAmount));
        }

        return table;
    }
}
