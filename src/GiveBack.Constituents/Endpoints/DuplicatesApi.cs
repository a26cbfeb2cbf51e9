using GiveBack.Domain.Paging;
using GiveBack.Ledger.Donors;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

/// <summary>The duplicates review queue: <c>GET /duplicates</c> and <c>POST /duplicates/{id}/dismiss</c>.</summary>
public static class DuplicatesApi
{
    private static readonly string[] Statuses = [PossibleDuplicates.Open, PossibleDuplicates.Dismissed, PossibleDuplicates.Merged];

    public static RouteGroupBuilder MapDuplicatesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var duplicates = api.MapGroup("/duplicates").WithTags("Duplicates");
        duplicates.MapGet("/", ListDuplicates).RequireAuthorization(Policies.Read);
        duplicates.MapPost("/{id:long}/dismiss", DismissDuplicate).RequireAuthorization(Policies.Write);
        return api;
    }

    /// <summary>
    /// The suggestions of one status (<c>open</c> by default), likeliest first, those naming <c>donorId</c> if given;
    /// names in one query per page.
    /// </summary>
    public static async Task<Results<Ok<Page<DuplicateResponse>>, ProblemHttpResult>> ListDuplicates(
        string? status, Guid? donorId, PageRequest page, PossibleDuplicates duplicates, DonorDirectory donors, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Check(status is null || Statuses.Contains(status), "status", "status is open, dismissed or merged.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var found = await duplicates.QueueAsync(status ?? PossibleDuplicates.Open, donorId, page.Offset, page.Limit, cancellationToken);
        var named = await donors.WithIdsAsync([.. found.Items.SelectMany(d => new[] { d.DonorId, d.DuplicateDonorId }).Distinct()], cancellationToken);
        return TypedResults.Ok(new Page<DuplicateResponse>(
            [.. found.Items.Select(d => DuplicateResponse.From(d, named))], found.Total, found.Offset, found.Limit));
    }

    /// <summary>"Not a duplicate": the pair leaves the queue and is not proposed again.</summary>
    public static async Task<Results<Ok<DuplicateResponse>, ProblemHttpResult>> DismissDuplicate(
        long id, PossibleDuplicates duplicates, DonorDirectory donors, CancellationToken cancellationToken)
    {
        var existing = await duplicates.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return ApiProblems.NotFound("duplicate suggestion", id);
        }

        if (existing.Status != PossibleDuplicates.Open && existing.Status != PossibleDuplicates.Dismissed)
        {
            return ApiProblems.Conflict("The suggestion is closed", $"Suggestion {id} is {existing.Status}; only an open suggestion can be dismissed.");
        }

        await duplicates.DismissAsync(id, cancellationToken);
        var dismissed = (await duplicates.FindAsync(id, cancellationToken))!;
        var named = await donors.WithIdsAsync([dismissed.DonorId, dismissed.DuplicateDonorId], cancellationToken);
        return TypedResults.Ok(DuplicateResponse.From(dismissed, named));
    }
}
