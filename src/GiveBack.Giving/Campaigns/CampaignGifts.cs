using GiveBack.Domain.Paging;
using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Web.Paging;

namespace GiveBack.Giving.Campaigns;

/// <summary>
/// A campaign's gifts as staff read them: pages with the donors named (three queries a page whatever its size), every
/// gift for an export, and the money received day by day for its progress over time.
/// </summary>
public sealed class CampaignGifts(GiftHistory history, DonorDirectory donors, LedgerReader ledger)
{
    /// <summary>Rows an export reads at a time: a large campaign is written out without one huge query.</summary>
    private const int ExportBatch = 1_000;

    public async Task<Page<CampaignGift>> PageAsync(Guid campaignId, PageRequest page, CancellationToken cancellationToken)
    {
        var gifts = await history.OfCampaignAsync(campaignId, page, cancellationToken);
        var named = await donors.WithIdsAsync([.. gifts.Items.Select(g => g.DonorId).Distinct()], cancellationToken);
        var items = gifts.Items.Select(g => named.GetValueOrDefault(g.DonorId) is { } donor
            ? new CampaignGift(g, $"{donor.FirstName} {donor.LastName}", donor.Email)
            : new CampaignGift(g, null, null)).ToList();
        return new Page<CampaignGift>(items, gifts.Total, gifts.Offset, gifts.Limit);
    }

    /// <summary>Every gift and reversal of the campaign, newest first.</summary>
    public async Task<IReadOnlyList<CampaignGift>> AllAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var all = new List<CampaignGift>();
        Page<CampaignGift> batch;
        do
        {
            batch = await PageAsync(campaignId, new PageRequest(all.Count, ExportBatch), cancellationToken);
            all.AddRange(batch.Items);
        }
        while (batch.Items.Count == ExportBatch);

        return all;
    }

    /// <summary>What the campaign had received by the end of each day it received (or gave back) money, oldest first.</summary>
    public async Task<IReadOnlyList<DailyAmount>> CumulativeByDayAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var days = await ledger.DailyAmountsOfCampaignAsync(campaignId, cancellationToken);
        var total = 0L;
        return [.. days.Select(d => new DailyAmount(d.Day, total += d.Amount))];
    }
}
