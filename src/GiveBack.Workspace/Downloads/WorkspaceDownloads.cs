using GiveBack.Giving.Campaigns;
using GiveBack.Giving.Endpoints.Campaigns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.Workspace.Downloads;

/// <summary>
/// Files the pages link to. The API's own endpoints take an API key, not the staff cookie, so each download is the
/// API's handler mapped again here under the workspace's policy: one handler, two doors, the same file.
/// </summary>
public static class WorkspaceDownloads
{
    public static IEndpointRouteBuilder MapWorkspaceDownloads(this IEndpointRouteBuilder app)
    {
        // A lambda, not the method group: ASP.NET Core's route analyzer fails on a handler from another assembly.
        app.MapGet("/campaigns/{id:guid}/gifts.csv", (Guid id, IGrainFactory grains, CampaignGifts gifts, CancellationToken cancellationToken) =>
                CampaignsApi.ExportCampaignGifts(id, grains, gifts, cancellationToken))
            .RequireAuthorization(WorkspaceRegistration.StaffPolicy)
            .ExcludeFromDescription();
        return app;
    }
}
