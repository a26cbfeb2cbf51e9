using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Grains.Gifts;

/// <summary>
/// Books offline gifts and reversals: checks them against the donor and campaign grains, writes the ledger (which
/// de-duplicates by idempotency key), then applies the committed fact to both grains so their figures move at once.
/// </summary>
public sealed class GiftRecorder(IGrainFactory grains, GiftLedger ledger, LedgerReader reader, TimeProvider clock)
{
    public async Task<GiftResult> RecordAsync(GiftCommand gift, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var donorGrain = grains.GetGrain<IDonorGrain>(gift.DonorId);
        var campaignGrain = grains.GetGrain<ICampaignGrain>(gift.CampaignId);
        var donorTask = donorGrain.GetAsync();
        // The definition only: building the progress snapshot on every gift would queue work on a hot campaign.
        var campaignTask = campaignGrain.GetDefinitionAsync();
        var donor = await donorTask;
        var campaign = await campaignTask;
        if (donor is null)
        {
            return new GiftResult(GiftStatus.UnknownDonor, null);
        }

        if (campaign is null)
        {
            return new GiftResult(GiftStatus.UnknownCampaign, null);
        }

        if (campaign.Currency != gift.Currency)
        {
            return new GiftResult(GiftStatus.CurrencyMismatch, null);
        }

        // A cheque dated in the campaign but keyed in after it closed still counts; one received after does not.
        if (gift.ReceivedOn > campaign.EndsOn)
        {
            return new GiftResult(GiftStatus.CampaignClosed, null);
        }

        var entryId = Guid.CreateVersion7(clock.GetUtcNow());
        if (gift.PledgeId is { } pledgeId && await ReserveOnPledgeAsync(pledgeId, entryId, gift, idempotencyKey, cancellationToken) is { } refused)
        {
            return new GiftResult(refused, null);
        }

        var write = await ledger.RecordGiftAsync(
            new NewGift(
                Id: entryId,
                DonorId: gift.DonorId,
                CampaignId: gift.CampaignId,
                CampaignName: campaign.Name,
                Amount: gift.Amount,
                Currency: gift.Currency,
                ReceivedOn: gift.ReceivedOn,
                Method: GiftVocabulary.Of(gift.Method),
                Fund: gift.Fund,
                TributeType: gift.TributeType is { } tribute ? GiftVocabulary.Of(tribute) : null,
                TributeName: gift.TributeName,
                Anonymous: gift.Anonymous,
                ClassYear: donor.Profile.ClassYear,
                IdempotencyKey: idempotencyKey,
                RequestHash: RequestHash.Of(gift),
                PledgeId: gift.PledgeId),
            cancellationToken);
        if (gift.PledgeId is { } pledge && write.Outcome != WriteOutcome.Created)
        {
            await grains.GetGrain<IPledgeGrain>(pledge).ReleaseAsync(entryId);
        }

        return await ApplyAsync(write);
    }

    /// <summary>
    /// Holds the gift's amount on the pledge so concurrent payments cannot overpay it. A refusal stands unless the
    /// key was used before: then this is a retry, and the ledger answers it (the first attempt already paid).
    /// </summary>
    private async Task<GiftStatus?> ReserveOnPledgeAsync(
        Guid pledgeId, Guid entryId, GiftCommand gift, string idempotencyKey, CancellationToken cancellationToken)
    {
        var refusal = await grains.GetGrain<IPledgeGrain>(pledgeId)
            .ReserveAsync(entryId, gift.DonorId, gift.CampaignId, gift.Currency, gift.Amount);
        if (refusal == PledgeRefusal.None || await reader.HasIdempotencyKeyAsync(idempotencyKey, cancellationToken))
        {
            return null;
        }

        return refusal switch
        {
            PledgeRefusal.NotFound => GiftStatus.PledgeNotFound,
            PledgeRefusal.Closed => GiftStatus.PledgeClosed,
            PledgeRefusal.Overpayment => GiftStatus.PledgeOverpaid,
            _ => GiftStatus.PledgeMismatch,
        };
    }

    /// <summary>
    /// Books a gift that a payment processor has already settled (donor, campaign and currency resolved by the
    /// caller). Its <see cref="NewGift.ExternalId"/> makes a second booking of the same payment a replay.
    /// </summary>
    /// <remarks>
    /// Money already received is always booked: a payment its pledge cannot take (overpaid, closed, someone else's)
    /// is booked as an outright gift rather than refused.
    /// </remarks>
    public async Task<GiftResult> BookSettledAsync(NewGift gift, CancellationToken cancellationToken = default)
    {
        if (gift.PledgeId is { } pledgeId)
        {
            var pledge = grains.GetGrain<IPledgeGrain>(pledgeId);
            var refusal = await pledge.ReserveAsync(gift.Id, gift.DonorId, gift.CampaignId, gift.Currency, gift.Amount);
            if (refusal != PledgeRefusal.None)
            {
                gift = gift with { PledgeId = null };
            }

            var write = await ledger.RecordGiftAsync(gift, cancellationToken);
            if (refusal == PledgeRefusal.None && write.Outcome != WriteOutcome.Created)
            {
                await pledge.ReleaseAsync(gift.Id);
            }

            return await ApplyAsync(write);
        }

        return await ApplyAsync(await ledger.RecordGiftAsync(gift, cancellationToken));
    }

    public async Task<GiftResult> ReverseAsync(Guid giftId, string reason, string idempotencyKey, CancellationToken cancellationToken = default) =>
        await ApplyAsync(await ledger.ReverseAsync(giftId, reason, idempotencyKey, cancellationToken));

    /// <summary>
    /// Moves the grains' figures. A replay applies the row again: the grains skip a fact they have counted, and if the
    /// first attempt died between the commit and this call, the retry is what brings the figures up to date.
    /// </summary>
    private async Task<GiftResult> ApplyAsync(LedgerWrite write)
    {
        if (write is { Succeeded: true, Entry: { } entry })
        {
            var fact = entry.ToFact();
            await Task.WhenAll(
                grains.GetGrain<IDonorGrain>(entry.DonorId).ApplyAsync(fact),
                grains.GetGrain<ICampaignGrain>(entry.CampaignId).ApplyAsync(fact),
                entry.PledgeId is { } pledge ? grains.GetGrain<IPledgeGrain>(pledge).ApplyAsync(fact) : Task.CompletedTask);
        }

        return new GiftResult(StatusOf(write.Outcome), write.Entry);
    }

    private static GiftStatus StatusOf(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Created => GiftStatus.Created,
        WriteOutcome.Replayed => GiftStatus.Replayed,
        WriteOutcome.KeyReused => GiftStatus.KeyReused,
        WriteOutcome.NotFound => GiftStatus.NotFound,
        WriteOutcome.AlreadyReversed => GiftStatus.AlreadyReversed,
        WriteOutcome.ReversalOfReversal => GiftStatus.ReversalOfReversal,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
