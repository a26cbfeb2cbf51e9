using System.Text.Json;
using GiveBack.Domain.Paging;
using GiveBack.Giving.Donors;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Giving.Endpoints.Donors;

public static class DonorsApi
{
    /// <summary>On a created donor: the ids of the donors on file it may duplicate (queued for review).</summary>
    public const string PossibleDuplicatesHeader = "Possible-Duplicates";

    public static RouteGroupBuilder MapDonorsApi(this RouteGroupBuilder api)
    {
        var donors = api.MapGroup("/donors").WithTags("Donors");
        donors.MapPost("/", CreateDonor).RequireAuthorization(Policies.Write);
        donors.MapGet("/", ListDonors).RequireAuthorization(Policies.Read);
        donors.MapGet("/possible-duplicates", ListPossibleDuplicates).RequireAuthorization(Policies.Read);
        donors.MapGet("/{id:guid}", GetDonor).RequireAuthorization(Policies.Read);
        donors.MapPatch("/{id:guid}", PatchDonor).RequireAuthorization(Policies.Write);
        donors.MapDonor().MapGet("/gifts", ListDonorGifts).RequireAuthorization(Policies.Read);
        return api;
    }

    /// <summary>
    /// With an Idempotency-Key the donor's id is derived from it, so a retried create finds the donor it made. The
    /// matching rules run on every create: the same e-mail and name as a donor on file is refused (409, with that
    /// donor's id in <c>existingDonorId</c>) unless <c>allowDuplicate=true</c>; a weaker match creates the donor, queues
    /// the pair for review and names the donors it may duplicate in the <c>Possible-Duplicates</c> header.
    /// </summary>
    public static async Task<Results<Created<DonorResponse>, Ok<DonorResponse>, ProblemHttpResult>> CreateDonor(
        DonorRequest request, bool? allowDuplicate, IdempotencyKey key, IGrainFactory grains, TimeProvider clock,
        [FromServices] IEnumerable<INewDonorMatching> matching, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var profile = DonorValidation.Validate(
            new DonorFields(request.FirstName, request.LastName, request.Email, request.ClassYear, request.EmailOptOut ?? false, request.Language, request.PreferredChannel),
            clock,
            errors);
        if (profile is null || errors.Any)
        {
            return errors.ToProblem();
        }

        var id = key.IdFor("donor", clock);
        var rules = matching.ToList();
        if (allowDuplicate is not true)
        {
            foreach (var rule in rules)
            {
                if (await rule.SamePersonAsync(profile, id, cancellationToken) is { } existing)
                {
                    return SamePersonOnFile(existing);
                }
            }
        }

        var created = await grains.GetGrain<IDonorGrain>(id).CreateAsync(profile);
        if (created.Outcome == CreateOutcome.Created)
        {
            var possible = new List<Guid>();
            foreach (var rule in rules)
            {
                possible.AddRange(await rule.RecordMatchesAsync(id, cancellationToken));
            }

            if (possible.Count > 0)
            {
                response.Headers[PossibleDuplicatesHeader] = string.Join(", ", possible.Distinct());
            }
        }

        return created.Outcome switch
        {
            CreateOutcome.Created => TypedResults.Created($"/api/v1/donors/{id}", DonorResponse.From(created.Donor!)),
            CreateOutcome.AlreadyCreated => TypedResults.Ok(DonorResponse.From(created.Donor!)),
            _ => ApiProblems.IdempotencyKeyReused(),
        };
    }

    public static async Task<Results<Ok<Page<DonorResponse>>, ProblemHttpResult>> ListDonors(
        string? q, int? classYear, PageRequest page,
        DonorFinder finder, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Check(q is null || q.Length <= 200, "q", "q must be at most 200 characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var found = await finder.FindAsync(new DonorSearch(q, classYear, page.Offset, page.Limit), cancellationToken);
        var items = found.Items.Select(d => DonorResponse.From(d.Donor, d.Giving)).ToList();
        return TypedResults.Ok(new Page<DonorResponse>(items, found.Total, found.Offset, found.Limit));
    }

    /// <summary>Donors a matcher would not merge on its own (the same e-mail under another name), newest first.</summary>
    public static async Task<Results<Ok<Page<PossibleDuplicateResponse>>, ProblemHttpResult>> ListPossibleDuplicates(
        string? status, PageRequest page, PossibleDuplicates duplicates, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Check(status is null || status.Length <= 16, "status", "status is at most 16 characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var found = await duplicates.ListAsync(status, page.Offset, page.Limit, cancellationToken);
        return TypedResults.Ok(new Page<PossibleDuplicateResponse>(
            [.. found.Items.Select(PossibleDuplicateResponse.From)], found.Total, found.Offset, found.Limit));
    }

    private static ProblemHttpResult SamePersonOnFile(Guid existing) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "This donor is already on file",
            Detail = $"Donor '{existing}' has the same e-mail and the same name. Use that donor, or send allowDuplicate=true to create another.",
            Extensions = { ["existingDonorId"] = existing },
        });

    public static async Task<Results<Ok<DonorResponse>, ProblemHttpResult>> GetDonor(Guid id, IGrainFactory grains)
    {
        var donor = await grains.GetGrain<IDonorGrain>(id).GetAsync();
        return donor is null ? ApiProblems.NotFound("donor", id) : TypedResults.Ok(DonorResponse.From(donor));
    }

    public static async Task<Results<Ok<DonorResponse>, ProblemHttpResult>> PatchDonor(
        Guid id, JsonElement patch, IGrainFactory grains, TimeProvider clock)
    {
        var grain = grains.GetGrain<IDonorGrain>(id);
        var current = await grain.GetAsync();
        if (current is null)
        {
            return ApiProblems.NotFound("donor", id);
        }

        var errors = new FieldErrors();
        var profile = DonorPatch.Apply(current.Profile, patch, clock, errors);
        if (profile is null)
        {
            return errors.ToProblem();
        }

        var updated = await grain.UpdateAsync(profile);
        return TypedResults.Ok(DonorResponse.From(updated!));
    }

    public static async Task<Ok<Page<GiftResponse>>> ListDonorGifts(
        Guid id, PageRequest page, GiftHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.OfDonorAsync(id, page, cancellationToken));
}
