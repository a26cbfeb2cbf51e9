using System.Security.Claims;
using GiveBack.Constituents.Merge;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// Merging two donors: <c>GET /donors/{id}/merge-preview?mergedDonorId=…</c> shows what would move,
/// <c>POST /donors/{id}/merge</c> with <c>{ "mergedDonorId": … }</c> does it. The path's donor survives.
/// </summary>
public static class MergeApi
{
    private const string MergedDonorIdField = "mergedDonorId";

    public static RouteGroupBuilder MapMergeApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var donor = api.MapGroup("/donors/{id:guid}").WithTags("Duplicates");
        donor.MapGet("/merge-preview", PreviewMerge).RequireAuthorization(Policies.Read);
        donor.MapPost("/merge", MergeDonors).RequireAuthorization(Policies.Write);
        return api;
    }

    public static async Task<Results<Ok<MergePreview>, ProblemHttpResult>> PreviewMerge(
        Guid id, Guid? mergedDonorId, DonorMerger merger, CancellationToken cancellationToken)
    {
        if (mergedDonorId is not { } merged)
        {
            return ApiProblems.Invalid(MergedDonorIdField, "mergedDonorId is required: the donor that would be merged into this one.");
        }

        var (check, preview) = await merger.PreviewAsync(id, merged, cancellationToken);
        return preview is null ? Refused(check, id, merged) : TypedResults.Ok(preview);
    }

    /// <summary>A merge already done is refused (409, naming the survivor); one left unfinished is completed.</summary>
    public static async Task<Results<Ok<MergeRecordView>, ProblemHttpResult>> MergeDonors(
        Guid id, MergeRequest request, DonorMerger merger, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.MergedDonorId is not { } merged)
        {
            return ApiProblems.Invalid(MergedDonorIdField, "mergedDonorId is required: the donor to merge into this one.");
        }

        var outcome = await merger.MergeAsync(id, merged, user, cancellationToken);
        return outcome.Record is { } record ? TypedResults.Ok(record) : Refused(outcome, id, merged);
    }

    private static ProblemHttpResult Refused(MergeOutcome outcome, Guid survivorId, Guid mergedDonorId) => outcome.Refusal switch
    {
        MergeRefusal.SameDonor => ApiProblems.Invalid(MergedDonorIdField, "A donor cannot be merged into itself."),
        MergeRefusal.UnknownSurvivor => ApiProblems.NotFound("donor", survivorId),
        MergeRefusal.UnknownMergedDonor => ApiProblems.NotFound("donor", mergedDonorId),
        MergeRefusal.AlreadyMerged => ApiProblems.Conflict(
            "The donor is already merged", $"Donor '{mergedDonorId}' was merged into donor '{outcome.MergedInto}'."),
        MergeRefusal.SurvivorMerged => ApiProblems.Conflict(
            "The surviving donor was merged away", $"Donor '{survivorId}' was merged into donor '{outcome.MergedInto}'; merge into that donor instead."),
        _ => throw new InvalidOperationException($"Unexpected merge refusal {outcome.Refusal}."),
    };
}
