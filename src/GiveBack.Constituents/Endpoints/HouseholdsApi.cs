using GiveBack.Constituents.Relationships;
using GiveBack.Domain.Paging;
using GiveBack.Payments.Endpoints;
using GiveBack.Payments.Statements;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// Households: <c>GET/POST /households</c>, <c>GET/PUT/DELETE /households/{id}</c> (the GET with the joint giving), and
/// members: <c>POST /households/{id}/members</c>, <c>DELETE /households/{id}/members/{donorId}</c>; and the household's
/// giving statement, <c>GET /households/{id}/statement.pdf</c>, drawn by payments' statements port.
/// </summary>
public static class HouseholdsApi
{
    private const int MaxText = 200;

    public static RouteGroupBuilder MapHouseholdsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var households = api.MapGroup("/households").WithTags("Relationships");
        households.MapGet("/", ListHouseholds).RequireAuthorization(Policies.Read);
        households.MapPost("/", CreateHousehold).RequireAuthorization(Policies.Write);
        households.MapGet("/{id:guid}", GetHousehold).RequireAuthorization(Policies.Read);
        households.MapPut("/{id:guid}", UpdateHousehold).RequireAuthorization(Policies.Write);
        households.MapDelete("/{id:guid}", DeleteHousehold).RequireAuthorization(Policies.Write);
        households.MapGet("/{id:guid}/statement.pdf", StatementPdf).WithTags("Statements").RequireAuthorization(Policies.Read);
        households.MapPost("/{id:guid}/members", AddMember).RequireAuthorization(Policies.Write);
        households.MapDelete("/{id:guid}/members/{donorId:guid}", RemoveMember).RequireAuthorization(Policies.Write);
        return api;
    }

    public static async Task<Ok<Page<HouseholdView>>> ListHouseholds(string? q, PageRequest page, Households households, CancellationToken cancellationToken) =>
        TypedResults.Ok(await households.ListAsync(q, page.Offset, page.Limit, cancellationToken));

    public static async Task<Results<Created<HouseholdView>, ProblemHttpResult>> CreateHousehold(
        HouseholdRequest request, Households households, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var household = await households.CreateAsync(request.Name!.Trim(), Salutation(request), cancellationToken);
        return TypedResults.Created($"/api/v1/households/{household.Id}", household);
    }

    /// <summary>The household, its members and its joint giving: hard credit of the members, plus soft credit counted once a gift.</summary>
    public static async Task<Results<Ok<HouseholdView>, ProblemHttpResult>> GetHousehold(Guid id, Households households, CancellationToken cancellationToken) =>
        await households.FindAsync(id, cancellationToken) is { } household ? TypedResults.Ok(household) : ApiProblems.NotFound("household", id);

    public static async Task<Results<Ok<HouseholdView>, ProblemHttpResult>> UpdateHousehold(
        Guid id, HouseholdRequest request, Households households, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return await households.UpdateAsync(id, request.Name!.Trim(), Salutation(request), cancellationToken) is { } household
            ? TypedResults.Ok(household)
            : ApiProblems.NotFound("household", id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteHousehold(Guid id, Households households, CancellationToken cancellationToken) =>
        await households.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("household", id);

    /// <summary>
    /// The household's giving statement for a year or a range (the donor statement's query and problems): its members'
    /// gifts as they stand after refunds, under its salutation (its name when it has none), in its first member's language.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> StatementPdf(
        Guid id, string? year, string? from, string? to, Households households, IStatements statements, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (StatementQuery.Period(year, from, to, errors) is not { } period)
        {
            return errors.ToProblem();
        }

        if (await households.FindAsync(id, cancellationToken) is not { } household)
        {
            return ApiProblems.NotFound("household", id);
        }

        var file = await statements.JointStatementAsync([.. household.Members.Select(m => m.DonorId)], household.Salutation ?? household.Name, period, cancellationToken);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    public static async Task<Results<Ok<HouseholdView>, ProblemHttpResult>> AddMember(
        Guid id, HouseholdMemberRequest request, Households households, CancellationToken cancellationToken)
    {
        if (request.DonorId is not { } donorId)
        {
            return ApiProblems.Invalid("donorId", "donorId is required: the donor to add to the household.");
        }

        var outcome = await households.AddMemberAsync(id, donorId, cancellationToken);
        return outcome.Value is { } household ? TypedResults.Ok(household) : outcome.Problem!.ToProblem();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMember(
        Guid id, Guid donorId, Households households, CancellationToken cancellationToken) =>
        await households.RemoveMemberAsync(id, donorId, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("household member", donorId);

    private static FieldErrors Validate(HouseholdRequest request) => new FieldErrors()
        .Check(!string.IsNullOrWhiteSpace(request.Name), "name", "name is required: what the office calls the household.")
        .Check(request.Name is null || request.Name.Trim().Length <= MaxText, "name", $"name is at most {MaxText} characters.")
        .Check(request.Salutation is null || request.Salutation.Trim().Length <= MaxText, "salutation", $"salutation is at most {MaxText} characters.");

    private static string? Salutation(HouseholdRequest request) => string.IsNullOrWhiteSpace(request.Salutation) ? null : request.Salutation.Trim();
}
