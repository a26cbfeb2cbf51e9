using GiveBack.Domain.Paging;
using GiveBack.Ledger.Gifts;
using GiveBack.Web.Paging;

namespace GiveBack.Giving.Endpoints.Gifts;

/// <summary>Pages of gifts with their reversal marks, in two queries whatever the page size.</summary>
public sealed class GiftHistory(LedgerReader ledger)
{
    public async Task<Page<GiftResponse>> OfDonorAsync(Guid donorId, PageRequest page, CancellationToken cancellationToken) =>
        await RespondAsync(await ledger.EntriesOfDonorAsync(donorId, page.Offset, page.Limit, cancellationToken), cancellationToken);

    public async Task<Page<GiftResponse>> OfCampaignAsync(Guid campaignId, PageRequest page, CancellationToken cancellationToken) =>
        await RespondAsync(await ledger.EntriesOfCampaignAsync(campaignId, page.Offset, page.Limit, cancellationToken), cancellationToken);

    public async Task<GiftResponse?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await ledger.FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var reversals = await ledger.ReversalsOfAsync([entry.Id], cancellationToken);
        return GiftResponse.From(entry, reversals.GetValueOrDefault(entry.Id));
    }

    private async Task<Page<GiftResponse>> RespondAsync(Page<LedgerEntry> page, CancellationToken cancellationToken)
    {
        var gifts = page.Items.Where(e => e.Kind == LedgerEntryKinds.Gift).Select(e => e.Id).ToList();
        var reversals = await ledger.ReversalsOfAsync(gifts, cancellationToken);
        var items = page.Items.Select(e => GiftResponse.From(e, reversals.GetValueOrDefault(e.Id))).ToList();
        return new Page<GiftResponse>(items, page.Total, page.Offset, page.Limit);
    }
}
