using GiveBack.Reports.Csv;
using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Participation;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Rfm;
using GiveBack.Web.Csv;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Reports.Endpoints;

/// <summary>The fundraising reports: JSON by default, CSV with <c>Accept: text/csv</c>. Definitions in docs/reports.md.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/retention", Retention).RequireAuthorization(Policies.Read);
        reports.MapGet("/lybunt", Lybunt).RequireAuthorization(Policies.Read);
        reports.MapGet("/sybunt", Sybunt).RequireAuthorization(Policies.Read);
        reports.MapGet("/participation", Participation).RequireAuthorization(Policies.Read);
        reports.MapGet("/rfm", Rfm).RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Ok<RetentionFigures>, CsvFileResult, ProblemHttpResult>> Retention(
        int? fiscalYear, string? currency, HttpRequest http, RetentionReport report, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var year = ReportQuery.FiscalYear(fiscalYear, errors);
        var code = ReportQuery.Currency(currency, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var figures = await report.RunAsync(year, code, cancellationToken);
        return ReportFormat.WantsCsv(http)
            ? new CsvFileResult(ReportCsv.Of(figures), ReportCsv.FileName("retention", year, figures.Currency))
            : TypedResults.Ok(figures);
    }

    public static Task<Results<Ok<LapsedDonors>, CsvFileResult, ProblemHttpResult>> Lybunt(
        int? fiscalYear, string? currency, int? offset, int? limit, HttpRequest http, LapsedDonorsReport report,
        CancellationToken cancellationToken) =>
        Lapsed(LapseKind.Lybunt, fiscalYear, currency, offset, limit, http, report, cancellationToken);

    public static Task<Results<Ok<LapsedDonors>, CsvFileResult, ProblemHttpResult>> Sybunt(
        int? fiscalYear, string? currency, int? offset, int? limit, HttpRequest http, LapsedDonorsReport report,
        CancellationToken cancellationToken) =>
        Lapsed(LapseKind.Sybunt, fiscalYear, currency, offset, limit, http, report, cancellationToken);

    public static async Task<Results<Ok<ParticipationFigures>, CsvFileResult, ProblemHttpResult>> Participation(
        int? fiscalYear, Guid? campaignId, string? currency, HttpRequest http, ParticipationReport report,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var year = ReportQuery.FiscalYear(fiscalYear, errors);
        var code = ReportQuery.Currency(currency, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var figures = await report.RunAsync(year, campaignId, code, cancellationToken);
        if (figures is null)
        {
            return ApiProblems.NotFound("campaign", campaignId!);
        }

        return ReportFormat.WantsCsv(http)
            ? new CsvFileResult(ReportCsv.Of(figures), ReportCsv.FileName("participation", year, figures.Currency))
            : TypedResults.Ok(figures);
    }

    public static async Task<Results<Ok<RfmFigures>, CsvFileResult, ProblemHttpResult>> Rfm(
        string? segment, string? currency, int? offset, int? limit, HttpRequest http, RfmReport report,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var csv = ReportFormat.WantsCsv(http);
        var key = ReportQuery.Segment(segment, errors);
        var code = ReportQuery.Currency(currency, errors);
        var rows = ReportQuery.Rows(offset, limit, csv, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var figures = await report.RunAsync(key, code, rows.Offset, rows.Limit, cancellationToken);
        return csv
            ? new CsvFileResult(ReportCsv.Of(figures), ReportCsv.FileName(key is null ? "rfm" : $"rfm-{key}", null, figures.Currency))
            : TypedResults.Ok(figures);
    }

    private static async Task<Results<Ok<LapsedDonors>, CsvFileResult, ProblemHttpResult>> Lapsed(
        LapseKind kind, int? fiscalYear, string? currency, int? offset, int? limit, HttpRequest http, LapsedDonorsReport report,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var csv = ReportFormat.WantsCsv(http);
        var year = ReportQuery.FiscalYear(fiscalYear, errors);
        var code = ReportQuery.Currency(currency, errors);
        var rows = ReportQuery.Rows(offset, limit, csv, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var donors = await report.RunAsync(kind, year, code, rows.Offset, rows.Limit, cancellationToken);
        var name = kind == LapseKind.Lybunt ? "lybunt" : "sybunt";
        return csv
            ? new CsvFileResult(ReportCsv.Of(donors), ReportCsv.FileName(name, year, donors.Currency))
            : TypedResults.Ok(donors);
    }
}
