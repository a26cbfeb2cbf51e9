using GiveBack.Domain.Outreach;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.GivingDays.Ambassadors;

/// <summary>
/// The messages to ambassadors, queued on the one outreach path (<see cref="IOutreachOutbox"/>; its dispatcher picks
/// the channel and sends). Each has a reference that makes it once: the invitation per ambassador, the thank-you per
/// gift, a nudge per request key, so a replay or a retried request queues nothing twice.
/// </summary>
public sealed class AmbassadorOutreach(IOutreachOutbox outbox, AmbassadorLinks links, CampaignAmbassadors ambassadors, IGrainFactory grains)
{
    /// <summary>Queues the ambassador's invitation with their link; false when it was queued before.</summary>
    public async Task<bool> InviteAsync(AmbassadorRecord ambassador, CancellationToken cancellationToken = default) =>
        await outbox.TryQueueAsync(
            new OutreachRequest(
                OutreachKinds.AmbassadorInvitation,
                ambassador.Id.ToString("N"),
                ambassador.DonorId,
                MessageKind.Appeal,
                (await CampaignValuesAsync(ambassador)).Text("link", links.LinkOf(ambassador))),
            cancellationToken);

    /// <summary>Queues a nudge with the ambassador's figures so far; <paramref name="nudgeId"/> makes one request's retries one message.</summary>
    public async Task<bool> NudgeAsync(AmbassadorRecord ambassador, Guid nudgeId, CancellationToken cancellationToken = default)
    {
        var figures = await ambassadors.FiguresOfAsync(ambassador.Id, cancellationToken);
        var values = (await CampaignValuesAsync(ambassador))
            .Text("link", links.LinkOf(ambassador))
            .Money("raised", figures.Amount, ambassador.Currency)
            .Text("donors", figures.Donors.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await outbox.TryQueueAsync(
            new OutreachRequest(OutreachKinds.AmbassadorNudge, $"{ambassador.Id:N}:{nudgeId:N}", ambassador.DonorId, MessageKind.Appeal, values),
            cancellationToken);
    }

    /// <summary>
    /// Thanks the ambassador for a gift their link brought, once per gift. The giver is named by first name only, and
    /// not at all when the gift is anonymous.
    /// </summary>
    public async Task<bool> ThankAsync(AmbassadorRecord ambassador, LedgerEntry gift, CancellationToken cancellationToken = default)
    {
        var values = await CampaignValuesAsync(ambassador);
        if (!gift.Anonymous && await grains.GetGrain<IDonorGrain>(gift.DonorId).GetAsync() is { } giver
            && giver.Profile.FirstName is { Length: > 0 } firstName)
        {
            values.Text("donor_first_name", firstName);
        }

        return await outbox.TryQueueAsync(
            new OutreachRequest(OutreachKinds.AmbassadorThankYou, gift.Id.ToString("N"), ambassador.DonorId, MessageKind.ThankYou, values),
            cancellationToken);
    }

    /// <summary>Takes back the thank-you for a gift reversed before any channel had it.</summary>
    public Task<bool> WithdrawThanksAsync(Guid giftId, CancellationToken cancellationToken = default) =>
        outbox.WithdrawUnsentAsync(OutreachKinds.AmbassadorThankYou, giftId.ToString("N"), "The gift was reversed before the thank-you was sent.", cancellationToken);

    private async Task<OutreachValues> CampaignValuesAsync(AmbassadorRecord ambassador)
    {
        var campaign = await grains.GetGrain<ICampaignGrain>(ambassador.CampaignId).GetDefinitionAsync();
        return new OutreachValues().Text("campaign", campaign?.Name ?? string.Empty);
    }
}
