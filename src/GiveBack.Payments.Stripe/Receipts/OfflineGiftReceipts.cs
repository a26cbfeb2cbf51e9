using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// Receipts and thanks for the gifts staff key in (cheques, transfers, cash: <see cref="GiftSources.Offline"/>), as the
/// webhook path does for online ones: each new offline gift gets the next receipt number and a thank-you carrying it;
/// a reversed one has its receipt voided and an unsent thank-you withdrawn. It follows the ledger from the snapshot of
/// its last read, so a gift is seen once whatever order transactions commit in, and every step is idempotent, so a run
/// that fails part-way is simply run again. The first run starts from now: gifts keyed in before it were acknowledged
/// by whatever the office did then.
/// </summary>
public sealed class OfflineGiftReceipts(
    IDbContextFactory<PaymentsDbContext> contexts, LedgerReader ledger, ReceiptBook book, IGrainFactory grains, IOutreachOutbox outreach, TimeProvider clock)
{
    private const string Follower = "offline-receipts";

    public async Task<OfflineReceiptRun> RunAsync(CancellationToken cancellationToken)
    {
        var since = await LastReadAsync(cancellationToken);
        var read = await ledger.EntriesSinceAsync(GiftSources.Offline, since, cancellationToken);
        var reversed = read.Entries.Where(e => e.ReversesEntryId is not null).ToDictionary(e => e.ReversesEntryId!.Value);
        var gifts = read.Entries.Where(e => e.Kind == LedgerEntryKinds.Gift && !reversed.ContainsKey(e.Id)).ToList();
        var campaigns = await CampaignNamesAsync(gifts, cancellationToken);

        foreach (var gift in gifts)
        {
            var receipt = await book.IssueAsync(gift.Id, gift.ReceivedOn, cancellationToken);
            // The donor's own language (none given): the receipt is bilingual, the message is in theirs.
            await outreach.TryQueueAsync(ThankYouOutreach.Request(gift, gift.DonorId, receipt.Number, campaigns[gift.CampaignId], language: null), cancellationToken);
        }

        var voided = 0;
        foreach (var (giftId, reversal) in reversed)
        {
            var reason = string.IsNullOrWhiteSpace(reversal.Reason) ? "Reversed" : $"Reversed: {reversal.Reason}";
            voided += await book.VoidAsync(giftId, reason, cancellationToken) ? 1 : 0;
            await outreach.WithdrawUnsentAsync(ThankYouOutreach.Kind, giftId.ToString(), $"the gift was reversed: {reason}", cancellationToken);
        }

        // An idle run writes nothing: the next one reads from the same point, over no rows, on the index.
        if (since is null || read.Entries.Count > 0)
        {
            await SaveReadAsync(read.Snapshot, since is null, cancellationToken);
        }

        return new OfflineReceiptRun(since is null, gifts.Count, voided);
    }

    private async Task<Dictionary<Guid, string>> CampaignNamesAsync(IReadOnlyList<LedgerEntry> gifts, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in gifts.Select(g => g.CampaignId).Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            names[id] = (await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync())?.Name ?? string.Empty;
        }

        return names;
    }

    private async Task<LedgerSnapshot?> LastReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var follower = await db.LedgerFollowers.AsNoTracking().SingleOrDefaultAsync(f => f.Name == Follower, cancellationToken);
        return follower is null ? null : LedgerSnapshot.Parse(follower.Snapshot);
    }

    private async Task SaveReadAsync(LedgerSnapshot snapshot, bool first, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (first)
        {
            db.LedgerFollowers.Add(new LedgerFollower { Name = Follower, Snapshot = snapshot.ToString(), UpdatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await db.LedgerFollowers.Where(f => f.Name == Follower).ExecuteUpdateAsync(
            f => f.SetProperty(x => x.Snapshot, snapshot.ToString()).SetProperty(x => x.UpdatedAt, clock.GetUtcNow()),
            cancellationToken);
    }
}
