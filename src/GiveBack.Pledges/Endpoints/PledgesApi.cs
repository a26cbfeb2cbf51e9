using GiveBack.Domain.Paging;
using GiveBack.Domain.Pledges;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Pledges.Grains;
using GiveBack.Pledges.Store;
using GiveBack.Web.Csv;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Pledges.Endpoints;

public static class PledgesApi
{
    public static RouteGroupBuilder MapPledgesApi(this RouteGroupBuilder api)
    {
        var pledges = api.MapGroup("/pledges").WithTags("Pledges");
        pledges.MapPost("/", CreatePledge).RequireAuthorization(Policies.Write);
        pledges.MapGet("/", ListPledges).RequireAuthorization(Policies.Read);
        pledges.MapGet("/{id:guid}", GetPledge).RequireAuthorization(Policies.Read);
        pledges.MapPost("/{id:guid}/write-off", WriteOff).RequireAuthorization(Policies.Write);
        pledges.MapPost("/{id:guid}/cancel", Cancel).RequireAuthorization(Policies.Write);
        api.MapGet("/reports/pledge-aging", PledgeAgingReport).WithTags("Reports").RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Created<PledgeResponse>, Ok<PledgeResponse>, ProblemHttpResult>> CreatePledge(
        PledgeRequest request, IdempotencyKey key, IGrainFactory grains, TimeProvider clock)
    {
        var errors = new FieldErrors();
        var terms = PledgeValidation.Validate(request, clock, errors);
        if (terms is null || errors.Any)
        {
            return errors.ToProblem();
        }

        var donor = grains.GetGrain<IDonorGrain>(terms.DonorId).GetAsync();
        var campaign = await grains.GetGrain<ICampaignGrain>(terms.CampaignId).GetDefinitionAsync();
        var unprocessable = new FieldErrors()
            .Check(await donor is not null, "donorId", $"There is no donor with id '{terms.DonorId}'.")
            .Check(campaign is not null, "campaignId", $"There is no campaign with id '{terms.CampaignId}'.")
            .Check(campaign is null || campaign.Currency == terms.Currency, "currency", "The pledge's currency must be the campaign's currency.");
        if (unprocessable.Any)
        {
            return unprocessable.ToProblem(StatusCodes.Status422UnprocessableEntity);
        }

        var id = key.IdFor("pledge", clock);
        var created = await grains.GetGrain<IPledgeGrain>(id).CreateAsync(terms);
        return created.Outcome switch
        {
            CreateOutcome.Created => TypedResults.Created($"/api/v1/pledges/{id}", PledgeResponse.From(created.Pledge!)),
            CreateOutcome.AlreadyCreated => TypedResults.Ok(PledgeResponse.From(created.Pledge!)),
            _ => ApiProblems.IdempotencyKeyReused(),
        };
    }

    public static async Task<Results<Ok<PledgeResponse>, ProblemHttpResult>> GetPledge(Guid id, IGrainFactory grains)
    {
        var pledge = await grains.GetGrain<IPledgeGrain>(id).GetAsync();
        return pledge is null ? ApiProblems.NotFound("pledge", id) : TypedResults.Ok(PledgeResponse.From(pledge));
    }

    public static async Task<Ok<Page<PledgeResponse>>> ListPledges(
        Guid? donorId, Guid? campaignId, PledgeStatus? status, PageRequest page, PledgeStore store, CancellationToken cancellationToken)
    {
        var query = new PledgeQuery(donorId, campaignId, status is { } s ? PledgeVocabulary.Of(s) : null, page.Offset, page.Limit);
        var found = await store.ListAsync(query, cancellationToken);
        return TypedResults.Ok(new Page<PledgeResponse>([.. found.Items.Select(PledgeResponse.From)], found.Total, found.Offset, found.Limit));
    }

    /// <summary>Writes off what is still owed: committed drops by that much, received does not move.</summary>
    public static Task<Results<Ok<PledgeResponse>, ProblemHttpResult>> WriteOff(Guid id, PledgeClosingRequest? request, IGrainFactory grains) =>
        CloseAsync(id, request, grains, (pledge, reason) => pledge.WriteOffAsync(reason));

    /// <summary>Cancels the pledge: what was paid stays received, the rest leaves the commitment.</summary>
    public static Task<Results<Ok<PledgeResponse>, ProblemHttpResult>> Cancel(Guid id, PledgeClosingRequest? request, IGrainFactory grains) =>
        CloseAsync(id, request, grains, (pledge, reason) => pledge.CancelAsync(reason));

    private static async Task<Results<Ok<PledgeResponse>, ProblemHttpResult>> CloseAsync(
        Guid id, PledgeClosingRequest? request, IGrainFactory grains, Func<IPledgeGrain, string, Task<PledgeRefusal>> close)
    {
        var reason = request?.Reason?.Trim();
        var errors = new FieldErrors().Check(!string.IsNullOrEmpty(reason) && reason.Length <= 500, "reason", "reason is required, at most 500 characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var grain = grains.GetGrain<IPledgeGrain>(id);
        return await close(grain, reason!) switch
        {
            PledgeRefusal.None => TypedResults.Ok(PledgeResponse.From((await grain.GetAsync())!)),
            PledgeRefusal.NotFound => ApiProblems.NotFound("pledge", id),
            _ => ApiProblems.Conflict("Pledge already closed", "The pledge is fulfilled, written off or cancelled already."),
        };
    }

    /// <summary>What open pledges still owe, by days past due: current, 1–30, 31–60, 61–90, 90+; CSV with <c>Accept: text/csv</c>.</summary>
    public static async Task<Results<Ok<PledgeAgingResponse>, CsvFileResult>> PledgeAgingReport(
        PledgeAging aging, TimeProvider clock, HttpRequest http, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var report = new PledgeAgingResponse(today, [.. PledgeAging.Ordered(await aging.AsOfAsync(today, cancellationToken))]);
        return ReportFormat.WantsCsv(http)
            ? new CsvFileResult(PledgeAgingCsv.Of(report), PledgeAgingCsv.FileName(report.AsOf))
            : TypedResults.Ok(report);
    }
}
