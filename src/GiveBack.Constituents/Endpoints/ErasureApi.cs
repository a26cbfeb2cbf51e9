using System.Security.Claims;
using GiveBack.Constituents.Audit;
using GiveBack.Constituents.Erasure;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

public static class ErasureApi
{
    /// <summary><c>POST /api/v1/donors/{id}/erasure</c>: admins only, as it cannot be undone.</summary>
    public static RouteGroupBuilder MapErasureApi(this RouteGroupBuilder api)
    {
        api.MapPost("/donors/{id:guid}/erasure", EraseDonor).WithTags("Donors").RequireAuthorization(Policies.Admin)
            .WithMetadata(ErasesPersonalData.Instance);
        return api;
    }

    public static async Task<Results<Ok<DonorErasureResponse>, ProblemHttpResult>> EraseDonor(
        Guid id, ClaimsPrincipal user, DonorEraser eraser, CancellationToken cancellationToken)
    {
        var result = await eraser.EraseAsync(id, PersonalDataAudit.ActorOf(user), cancellationToken);
        return result.Outcome switch
        {
            ErasureOutcome.Erased => TypedResults.Ok(DonorErasureResponse.From(result.Record!)),
            ErasureOutcome.AlreadyErased => ApiProblems.Conflict(
                "Donor already erased",
                $"The personal data of donor '{id}' was erased at {result.Record!.CompletedAt:O}; there is nothing left to erase."),
            _ => ApiProblems.NotFound("donor", id),
        };
    }
}
