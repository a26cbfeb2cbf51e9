using System.Text.Json;
using GiveBack.Domain.Paging;
using GiveBack.Giving.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Web.Csv;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Giving.Endpoints.Campaigns;

public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapPost("/", CreateCampaign).RequireAuthorization(Policies.Write);
        campaigns.MapGet("/", ListCampaigns).RequireAuthorization(Policies.Read);
        campaigns.MapGet("/{id:guid}", GetCampaign).RequireAuthorization(Policies.Read);
        campaigns.MapPatch("/{id:guid}", PatchCampaign).RequireAuthorization(Policies.Write);
        campaigns.MapGet("/{id:guid}/gifts", ListCampaignGifts).RequireAuthorization(Policies.Read);
        campaigns.MapGet("/{id:guid}/gifts/export", ExportCampaignGifts).RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Created<CampaignResponse>, Ok<CampaignResponse>, ProblemHttpResult>> CreateCampaign(
        CampaignRequest request, IdempotencyKey key, CampaignEditor editor, TimeProvider clock)
    {
        var id = key.IdFor("campaign", clock);
        var created = await editor.CreateAsync(id, request);
        return created.Outcome switch
        {
            null => created.Errors.ToProblem(),
            CreateOutcome.Created => TypedResults.Created($"/api/v1/campaigns/{id}", CampaignResponse.From(created.Campaign!)),
            CreateOutcome.AlreadyCreated => TypedResults.Ok(CampaignResponse.From(created.Campaign!)),
            CreateOutcome.SlugTaken => ApiProblems.Conflict("Slug already in use", $"Another campaign already uses the slug '{SlugOf(request)}'; choose another."),
            _ => ApiProblems.IdempotencyKeyReused(),
        };
    }

    private static string SlugOf(CampaignRequest request) =>
        string.IsNullOrWhiteSpace(request.Slug) ? CampaignValidation.SlugOf(request.Name?.Trim() ?? string.Empty) : request.Slug.Trim();

    /// <summary>Campaigns are few and their grains are the live truth for progress, so the list asks each grain.</summary>
    public static async Task<Ok<IReadOnlyList<CampaignResponse>>> ListCampaigns(CampaignBoard board, CancellationToken cancellationToken)
    {
        IReadOnlyList<CampaignResponse> campaigns = [.. (await board.ListAsync(cancellationToken)).Select(CampaignResponse.From)];
        return TypedResults.Ok(campaigns);
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> GetCampaign(Guid id, IGrainFactory grains)
    {
        var campaign = await grains.GetGrain<ICampaignGrain>(id).GetAsync();
        return campaign is null ? ApiProblems.NotFound("campaign", id) : TypedResults.Ok(CampaignResponse.From(campaign));
    }

    /// <summary>Renames, re-slugs (the giving page moves to /give/{new slug}), re-targets or re-dates a campaign.</summary>
    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> PatchCampaign(Guid id, JsonElement patch, IGrainFactory grains)
    {
        var grain = grains.GetGrain<ICampaignGrain>(id);
        var current = await grain.GetAsync();
        if (current is null)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        var errors = new FieldErrors();
        var definition = CampaignPatch.Apply(current.Definition, patch, errors);
        if (definition is null)
        {
            return errors.ToProblem();
        }

        var updated = await grain.UpdateAsync(definition);
        return updated?.Outcome switch
        {
            null => ApiProblems.NotFound("campaign", id),
            CreateOutcome.SlugTaken => ApiProblems.Conflict("Slug already in use", $"Another campaign already uses the slug '{definition.Slug}'; choose another."),
            _ => TypedResults.Ok(CampaignResponse.From(updated.Campaign!)),
        };
    }

    public static async Task<Results<Ok<Page<GiftResponse>>, ProblemHttpResult>> ListCampaignGifts(
        Guid id, PageRequest page, IGrainFactory grains, GiftHistory history, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is null)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        return TypedResults.Ok(await history.OfCampaignAsync(id, page, cancellationToken));
    }

    /// <summary>
    /// Every gift and reversal of the campaign as a CSV file, newest first, with the donors named: a plain link (the
    /// workspace's download button is one), so it needs no Accept header.
    /// </summary>
    public static async Task<Results<CsvFileResult, ProblemHttpResult>> ExportCampaignGifts(
        Guid id, IGrainFactory grains, CampaignGifts gifts, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync() is not { } campaign)
        {
            return ApiProblems.NotFound("campaign", id);
        }

        return new CsvFileResult(CampaignGiftsCsv.Of(await gifts.AllAsync(id, cancellationToken)), $"gifts-{campaign.Slug}.csv");
    }
}
