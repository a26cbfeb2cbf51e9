using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Grains.Abstractions.Engagement;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Donors;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Api.Apis;

public static class AdminApi
{
    private const int DonorBatch = 500;

    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/rebuild", Rebuild).WithTags("Administration").RequireAuthorization(Policies.Admin);
        api.MapGet("/admin/cluster/campaigns/{id:guid}", CampaignPlacement).WithTags("Administration").RequireAuthorization(Policies.Admin);
        return api;
    }

    /// <summary>
    /// Recomputes every campaign's and donor's figures from the ledger (the truth for money) and every donor's
    /// engagement from its recorded activities.
    /// </summary>
    public static async Task<Ok<RebuildResponse>> Rebuild(
        DonorDirectory donors, CampaignDirectory campaigns, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var campaignList = await campaigns.ListAsync(cancellationToken);
        await Task.WhenAll(campaignList.Select(c => grains.GetGrain<ICampaignGrain>(c.Id).RebuildAsync()));

        var donorCount = 0;
        for (var offset = 0; ; offset += DonorBatch)
        {
            var page = await donors.SearchAsync(new DonorSearch(null, null, offset, DonorBatch), cancellationToken);
            await Task.WhenAll(page.Items.SelectMany(d => new Task[]
            {
                grains.GetGrain<IDonorGrain>(d.Id).RebuildAsync(),
                grains.GetGrain<IEngagementGrain>(d.Id).RebuildAsync(),
            }));
            donorCount += page.Items.Count;
            if (page.Items.Count < DonorBatch)
            {
                break;
            }
        }

        return TypedResults.Ok(new RebuildResponse(donorCount, campaignList.Count));
    }

    /// <summary>
    /// Which silo holds a campaign's grain, without activating it: what an operator (or the fault harness) needs to
    /// know which host a hot campaign depends on. Orleans' directory answers; the view may lag a move by a moment.
    /// </summary>
    public static async Task<Ok<CampaignPlacementResponse>> CampaignPlacement(Guid id, IGrainFactory grains)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var silo = await management.GetActivationAddress(grains.GetGrain<ICampaignGrain>(id));
        var active = await management.GetHosts(onlyActive: true);
        return TypedResults.Ok(new CampaignPlacementResponse(
            id, silo is null ? null : Endpoint(silo), [.. active.Keys.Select(Endpoint).Order(StringComparer.Ordinal)]));
    }

    private static string Endpoint(SiloAddress silo) => silo.Endpoint.ToString();
}
