using GiveBack.Constituents.Relationships;
using GiveBack.Constituents.Relationships.Store;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// A donor's relationships: <c>GET /donors/{id}/relationships</c> (household, links, soft credits received, hard and
/// soft credit), <c>POST /donors/{id}/links</c> and <c>DELETE /donors/{id}/links/{linkId}</c>.
/// </summary>
public static class DonorRelationshipsApi
{
    private const int MaxName = 200;

    public static RouteGroupBuilder MapDonorRelationshipsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var donor = api.MapGroup("/donors").WithTags("Relationships").MapDonor();
        donor.MapGet("/relationships", GetRelationships).RequireAuthorization(Policies.Read);
        donor.MapPost("/links", AddLink).RequireAuthorization(Policies.Write);
        donor.MapDelete("/links/{linkId:guid}", RemoveLink).RequireAuthorization(Policies.Write);
        return api;
    }

    public static async Task<Ok<DonorRelationshipsView>> GetRelationships(Guid id, DonorRelationships relationships, CancellationToken cancellationToken) =>
        TypedResults.Ok(await relationships.OfAsync(id, cancellationToken));

    public static async Task<Results<Created<DonorLinkView>, ProblemHttpResult>> AddLink(
        Guid id, DonorLinkRequest request, DonorLinks links, CancellationToken cancellationToken)
    {
        var employerName = string.IsNullOrWhiteSpace(request.EmployerName) ? null : request.EmployerName.Trim();
        var errors = new FieldErrors()
            .Check(request.Kind is not null && LinkKinds.All.Contains(request.Kind), "kind", $"kind is one of: {string.Join(", ", LinkKinds.All)}.");
        if (request.Kind == LinkKinds.Spouse)
        {
            errors.Check(request.RelatedDonorId is not null, "relatedDonorId", "relatedDonorId is required: the spouse, a donor on file.")
                .Check(employerName is null, "employerName", "employerName is for an employer link.");
        }
        else if (request.Kind == LinkKinds.Employer)
        {
            errors.Check(
                    (request.RelatedDonorId is null) != (employerName is null),
                    "relatedDonorId",
                    "An employer is either a donor on file (relatedDonorId) or a name (employerName), one of the two.")
                .Check(employerName is null || employerName.Length <= MaxName, "employerName", $"employerName is at most {MaxName} characters.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var outcome = await links.AddAsync(id, request.Kind!, request.RelatedDonorId, employerName, request.Since, cancellationToken);
        return outcome.Value is { } link ? TypedResults.Created($"/api/v1/donors/{id}/links/{link.Id}", link) : outcome.Problem!.ToProblem();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveLink(Guid id, Guid linkId, DonorLinks links, CancellationToken cancellationToken) =>
        await links.RemoveAsync(id, linkId, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("link", linkId);
}
