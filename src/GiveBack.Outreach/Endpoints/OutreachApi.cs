using GiveBack.Domain.Paging;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Queue;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Outreach.Endpoints;

/// <summary>The outreach API: every message and what became of it, and a resend.</summary>
public static class OutreachApi
{
    public static IEndpointRouteBuilder MapOutreachApi(this IEndpointRouteBuilder routes)
    {
        var outreach = routes.MapGroup("/api/v1/outreach").WithTags("Outreach");
        outreach.MapGet("/", ListMessages).RequireAuthorization(Policies.Read).WithName("ListOutreachMessages");
        outreach.MapPost("/{id:long}/resend", Resend).RequireAuthorization(Policies.Write).WithName("ResendOutreachMessage");
        return routes;
    }

    /// <summary>Newest first; <c>donorId</c>, <c>kind</c> (e.g. <c>thank-you</c>) and <c>status</c> narrow the list.</summary>
    public static async Task<Results<Ok<Page<OutreachMessageResponse>>, ProblemHttpResult>> ListMessages(
        string? donorId, string? kind, string? status, PageRequest page, OutreachStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Guid? donor = null;
        if (donorId is not null)
        {
            errors.Check(Guid.TryParse(donorId, out var parsed), "donorId", "donorId must be a donor's id (a GUID).");
            donor = parsed;
        }

        errors.Check(kind is null or { Length: > 0 and <= 32 }, "kind", "kind must be 1 to 32 characters, e.g. thank-you or pledge-reminder.");
        errors.Check(status is null || OutreachStatuses.All.Contains(status), "status", $"status must be one of: {string.Join(", ", OutreachStatuses.All)}.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (items, total) = await store.ListAsync(new OutreachQuery(donor, kind, status, page.Offset, page.Limit), cancellationToken);
        return TypedResults.Ok(new Page<OutreachMessageResponse>([.. items.Select(OutreachMessageResponse.From)], total, page.Offset, page.Limit));
    }

    /// <summary>Queues the message again as new (attempts reset), whatever became of it; 202 with the message.</summary>
    public static async Task<Results<Accepted<OutreachMessageResponse>, ProblemHttpResult>> Resend(
        long id, OutreachStore store, CancellationToken cancellationToken)
    {
        var message = await store.ResendAsync(id, cancellationToken);
        return message is null
            ? ApiProblems.NotFound("outreach message", id)
            : TypedResults.Accepted((string?)null, OutreachMessageResponse.From(message));
    }
}
