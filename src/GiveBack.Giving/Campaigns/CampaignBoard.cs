using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Campaigns;

namespace GiveBack.Giving.Campaigns;

/// <summary>
/// The campaigns with their live figures, for the API's list and the workspace's dashboard alike: the directory names
/// them, and each campaign's grain (in memory once active) answers its figures. Campaigns are few, so one call each.
/// </summary>
public sealed class CampaignBoard(CampaignDirectory directory, IGrainFactory grains)
{
    public async Task<IReadOnlyList<CampaignView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = await directory.ListAsync(cancellationToken);
        var views = await Task.WhenAll(records.Select(c => grains.GetGrain<ICampaignGrain>(c.Id).GetAsync()));
        return [.. views.OfType<CampaignView>()];
    }

    /// <summary>
    /// The same campaigns' figures again, from their grains alone (no database read): for a page that keeps them
    /// up to date while it is open.
    /// </summary>
    public async Task<IReadOnlyList<CampaignView>> RefreshAsync(IReadOnlyList<CampaignView> shown)
    {
        var views = await Task.WhenAll(shown.Select(c => grains.GetGrain<ICampaignGrain>(c.Id).GetAsync()));
        return [.. views.OfType<CampaignView>()];
    }

    /// <summary>The campaigns running on <paramref name="today"/>, ending soonest first.</summary>
    public async Task<IReadOnlyList<CampaignView>> CurrentAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(cancellationToken))
            .Where(c => c.Definition.StartsOn <= today && today <= c.Definition.EndsOn)
            .OrderBy(c => c.Definition.EndsOn)
            .ThenBy(c => c.Definition.Name, StringComparer.CurrentCulture)];
}
