using System.Globalization;
using System.Security.Claims;
using GiveBack.Payments.Statements;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Payments.Endpoints;

/// <summary>
/// Giving statements: a donor's for a year or a range of days, downloaded by staff (readers); and runs that send one to
/// every donor who gave in a period (admins), done by the scheduled job, never in the request.
/// </summary>
public static class StatementsApi
{
    public static RouteGroupBuilder MapStatementsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/donors/{id:guid}/statement.pdf", PdfAsync).WithTags("Statements").RequireAuthorization(Policies.Read);
        var runs = api.MapGroup("/statements/runs").WithTags("Statements");
        runs.MapPost("/", StartRunAsync).RequireAuthorization(Policies.Admin);
        runs.MapGet("/{id:guid}", GetRunAsync).RequireAuthorization(Policies.Admin);
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        Guid id, string? year, string? from, string? to, IStatements statements, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (StatementQuery.Period(year, from, to, errors) is not { } period)
        {
            return errors.ToProblem();
        }

        return await statements.DonorStatementAsync(id, period, cancellationToken) is { } file
            ? TypedResults.File(file.Content, "application/pdf", file.FileName)
            : ApiProblems.NotFound("donor", id);
    }

    public static async Task<Results<Accepted<StatementRunCreated>, ProblemHttpResult>> StartRunAsync(
        StatementRunRequest request, ClaimsPrincipal user, IStatements statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var errors = new FieldErrors();
        var year = request.Year?.ToString(CultureInfo.InvariantCulture);
        if (StatementQuery.Period(year, request.From, request.To, errors) is not { } period)
        {
            return errors.ToProblem();
        }

        var who = user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "staff";
        var id = await statements.StartRunAsync(period, who, cancellationToken);
        return TypedResults.Accepted($"/api/v1/statements/runs/{id}", new StatementRunCreated(id));
    }

    public static async Task<Results<Ok<StatementRunView>, ProblemHttpResult>> GetRunAsync(Guid id, IStatements statements, CancellationToken cancellationToken) =>
        await statements.FindRunAsync(id, cancellationToken) is { } run ? TypedResults.Ok(run) : ApiProblems.NotFound("statement run", id);
}
