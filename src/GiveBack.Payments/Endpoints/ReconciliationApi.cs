using GiveBack.Web.Csv;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Payments.Endpoints;

/// <summary><c>GET /api/v1/reports/reconciliation?from=&amp;to=</c>: Stripe-sourced ledger rows against Stripe's balance transactions.</summary>
public static class ReconciliationApi
{
    private const int MaxDays = 366;

    public static RouteGroupBuilder MapReconciliationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/reconciliation", RunAsync).WithTags("Reports").RequireAuthorization(Policies.Read);
        return api;
    }

    /// <summary>The report of the period; CSV with <c>Accept: text/csv</c>.</summary>
    public static async Task<Results<Ok<ReconciliationReport>, CsvFileResult, ProblemHttpResult>> RunAsync(
        DateOnly? from, DateOnly? to, HttpRequest http, IReconciliation reconciliation, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Check(from is not null, "from", "from is required (yyyy-MM-dd): the first day received.");
        errors.Check(to is not null, "to", "to is required (yyyy-MM-dd): the last day received.");
        errors.CheckDate(from, "from").CheckDate(to, "to");
        if (from is { } start && to is { } end)
        {
            errors.Check(start <= end, "to", "to must not be before from.");
            errors.Check(end.DayNumber - start.DayNumber < MaxDays, "to", $"A report covers at most {MaxDays} days.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var report = await reconciliation.RunAsync(from!.Value, to!.Value, cancellationToken);
        return ReportFormat.WantsCsv(http)
            ? new CsvFileResult(ReconciliationCsv.Of(report), ReconciliationCsv.FileName(report.From, report.To))
            : TypedResults.Ok(report);
    }
}
