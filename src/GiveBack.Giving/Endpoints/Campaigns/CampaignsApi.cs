using System.Text.Json;
using GiveBack.Domain.Paging;
using GiveBack.Giving.Campaigns;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
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
        return api;
    }

    public static async Task<Results<Created<CampaignResponse>, Ok<CampaignResponse>, ProblemHttpResult>> CreateCampaign(
        CampaignRequest request, IdempotencyKey key, IGrainFactory grains, TimeProvider clock)
    {
        var errors = new FieldErrors();
        var definition = CampaignValidation.Validate(request, errors);
        if (definition is null || errors.Any)
        {
            return errors.ToProblem();
        }

        var id = key.IdFor("campaign", clock);
        var created = await grains.GetGrain<ICampaignGrain>(id).CreateAsync(definition);
        return created.Outcome switch
        {
            CreateOutcome.Created => TypedResults.Created($"/api/v1/campaigns/{id}", CampaignResponse.From(created.Campaign!)),
            CreateOutcome.AlreadyCreated => TypedResults.Ok(CampaignResponse.From(created.Campaign!)),
            CreateOutcome.SlugTaken => ApiProblems.Conflict("Slug already in use", $"Another campaign already uses the slug '{definition.Slug}'; choose another."),
            _ => ApiProblems.IdempotencyKeyReused(),
        };
    }

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
}
