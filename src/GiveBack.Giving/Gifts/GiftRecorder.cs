using GiveBack.Domain.Idempotency;
using GiveBack.Domain.Identity;
using GiveBack.Giving.Campaigns;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Gifts;

/// <summary>
/// Books offline gifts and reversals: checks them against the donor and campaign grains, writes the ledger (which
/// de-duplicates by idempotency key), then applies the committed fact to both grains so their figures move at once.
/// </summary>
public sealed class GiftRecorder(
    IGrainFactory grains,
    GiftLedger ledger,
    CampaignFactFeed campaigns,
    IEnumerable<IGiftBookedHook> hooks,
    TimeProvider clock,
    IGiftAmbassadors? ambassadors = null)
{
    /// <summary>
    /// Books an offline gift. A key used before gets the row it made, whatever rule would refuse the request now — the
    /// campaign's dates, the pledge's balance or the donor may have changed since, and a retry must still get its gift
    /// back. A request that passes the rules learns it is a retry from the ledger's unique index; one that a rule
    /// refuses looks its key up before being refused. A new gift thus pays no extra query.
    /// </summary>
    public async Task<GiftResult> RecordAsync(GiftCommand gift, ScopedKey key, CancellationToken cancellationToken = default) =>
        await RecordAsync(gift, key, GiftSources.Offline, cancellationToken);

    /// <summary>As <see cref="RecordAsync(GiftCommand, ScopedKey, CancellationToken)"/>, from <paramref name="source"/> (<see cref="GiftSources"/>).</summary>
    public async Task<GiftResult> RecordAsync(GiftCommand gift, ScopedKey key, string source, CancellationToken cancellationToken = default)
    {
        var requestHash = RequestHash.Of(gift);
        // Who the donor is, not their giving summary: the gift changes that summary anyway.
        var donorTask = grains.GetGrain<IDonorGrain>(gift.DonorId).GetGiftDonorAsync();
        // The definition only: building the progress snapshot on every gift would queue work on a hot campaign.
        var campaignTask = grains.GetGrain<ICampaignGrain>(gift.CampaignId).GetDefinitionAsync();
        var donor = await donorTask;
        var campaign = await campaignTask;
        var hold = gift.PledgeId is { } pledgeId ? new Hold(pledgeId, key) : (Hold?)null;
        var refusal = Refusal(gift, donor, campaign)
            ?? await AmbassadorRefusalAsync(gift, cancellationToken)
            ?? (hold is { } held ? await ReserveOnPledgeAsync(held, gift) : null);
        if (refusal is { } refused)
        {
            return await ledger.FindByKeyAsync(key, cancellationToken) is { } stored
                ? await ApplyAsync(LedgerWrite.OfStoredKey(stored, requestHash), null)
                : new GiftResult(refused, null);
        }

        return await WriteAsync(
            new NewGift(
                Id: Guid.CreateVersion7(clock.GetUtcNow()),
                DonorId: donor!.Id,
                CampaignId: gift.CampaignId,
                CampaignName: campaign!.Name,
                Amount: gift.Amount,
                Currency: gift.Currency,
                ReceivedOn: gift.ReceivedOn,
                Method: GiftVocabulary.Of(gift.Method),
                Fund: gift.Fund,
                TributeType: gift.TributeType is { } tribute ? GiftVocabulary.Of(tribute) : null,
                TributeName: gift.TributeName,
                Anonymous: gift.Anonymous,
                ClassYear: donor!.ClassYear,
                IdempotencyKey: key.Value,
                RequestHash: requestHash,
                PledgeId: gift.PledgeId,
                Source: source,
                IdempotencyScope: key.Scope,
                AmbassadorId: gift.AmbassadorId),
            hold,
            cancellationToken);
    }

    private static GiftStatus? Refusal(GiftCommand gift, GiftDonor? donor, CampaignDefinition? campaign) =>
        donor is null ? GiftStatus.UnknownDonor
        : campaign is null ? GiftStatus.UnknownCampaign
        : campaign.Currency != gift.Currency ? GiftStatus.CurrencyMismatch

        // A cheque dated in the campaign but keyed in after it closed still counts; one received after does not.
        : gift.ReceivedOn > campaign.EndsOn ? GiftStatus.CampaignClosed
        : null;

    /// <summary>An ambassador named on the gift must be one of its campaign's; without the giving-day module none is.</summary>
    private async Task<GiftStatus?> AmbassadorRefusalAsync(GiftCommand gift, CancellationToken cancellationToken) =>
        gift.AmbassadorId is { } ambassadorId
        && (ambassadors is null || !await ambassadors.IsAmbassadorOfAsync(ambassadorId, gift.CampaignId, cancellationToken))
            ? GiftStatus.UnknownAmbassador
            : null;

    /// <summary>Holds the gift's amount on the pledge so concurrent payments cannot overpay it.</summary>
    private async Task<GiftStatus?> ReserveOnPledgeAsync(Hold hold, GiftCommand gift) =>
        await grains.GetGrain<IPledgeGrain>(hold.PledgeId).ReserveAsync(hold.Id, gift.DonorId, gift.CampaignId, gift.Currency, gift.Amount) switch
        {
            PledgeRefusal.None => null,
            PledgeRefusal.NotFound => GiftStatus.PledgeNotFound,
            PledgeRefusal.Closed => GiftStatus.PledgeClosed,
            PledgeRefusal.Overpayment => GiftStatus.PledgeOverpaid,
            _ => GiftStatus.PledgeMismatch,
        };

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
        if (gift.PledgeId is not { } pledgeId)
        {
            return await WriteAsync(gift, null, cancellationToken);
        }

        var hold = new Hold(pledgeId, gift.Key);
        var refusal = await grains.GetGrain<IPledgeGrain>(pledgeId)
            .ReserveAsync(hold.Id, gift.DonorId, gift.CampaignId, gift.Currency, gift.Amount);
        return refusal == PledgeRefusal.None
            ? await WriteAsync(gift, hold, cancellationToken)
            : await WriteAsync(gift with { PledgeId = null }, null, cancellationToken);
    }

    /// <summary>Writes the gift; its pledge hold, if any, is settled by what happened — even when the write throws.</summary>
    private async Task<GiftResult> WriteAsync(NewGift gift, Hold? hold, CancellationToken cancellationToken)
    {
        LedgerWrite write;
        try
        {
            write = await ledger.RecordGiftAsync(gift);
        }
        catch
        {
            if (hold is { } held)
            {
                await grains.GetGrain<IPledgeGrain>(held.PledgeId).SettleAsync(held.Id, null);
            }

            throw;
        }

        return await ApplyAsync(write, hold);
    }

    public async Task<GiftResult> ReverseAsync(Guid giftId, string reason, ScopedKey key, CancellationToken cancellationToken = default) =>
        await ApplyAsync(await ledger.ReverseAsync(giftId, reason, key, cancellationToken), null);

    /// <summary>
    /// Hands a committed row to its grains and hooks again, as a retry of its request would: everything it reaches skips
    /// what it has counted. Used when a host died and may have committed rows it never applied. A pledge payment also
    /// settles the hold its request took, which would otherwise wait for its expiry.
    /// </summary>
    public Task<GiftResult> ReapplyAsync(LedgerEntry committed) =>
        ApplyAsync(
            new LedgerWrite(WriteOutcome.Replayed, committed),
            committed is { PledgeId: { } pledgeId, IdempotencyKey: { } key } ? new Hold(pledgeId, new ScopedKey(committed.IdempotencyScope, key)) : null);

    /// <summary>
    /// Moves the grains' figures. A replay applies the row again: the grains skip a fact they have counted, and if the
    /// first attempt died between the commit and this call, the retry is what brings the figures up to date. The
    /// pledge's hold ends in the same turn as its payment is applied, so the amount is never counted twice.
    /// </summary>
    private async Task<GiftResult> ApplyAsync(LedgerWrite write, Hold? hold)
    {
        var fact = write is { Succeeded: true, Entry: { } entry } ? entry.ToFact() : null;
        var pledge = hold is { } held
            ? grains.GetGrain<IPledgeGrain>(held.PledgeId).SettleAsync(held.Id, fact)
            : fact?.PledgeId is { } pledgeId ? grains.GetGrain<IPledgeGrain>(pledgeId).ApplyAsync(fact) : Task.CompletedTask;
        await Task.WhenAll(
            fact is null ? Task.CompletedTask : grains.GetGrain<IDonorGrain>(fact.DonorId).ApplyAsync(fact),
            fact is null ? Task.CompletedTask : campaigns.ApplyAsync(fact),
            pledge);

        // The hooks follow the grains so a replay runs them too: a gift whose first attempt died before its match was
        // booked gets it on the retry, and one already matched takes nothing more (docs/architecture.md, "Giving days").
        if (write is { Succeeded: true, Entry: { } booked })
        {
            foreach (var hook in hooks)
            {
                await hook.OnBookedAsync(booked, this, CancellationToken.None);
            }
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

    /// <summary>
    /// A pledge hold named after the request's idempotency key: every attempt of one request holds the same amount
    /// once, and a retry after a failed attempt finds its own hold rather than a stranger's.
    /// </summary>
    private readonly record struct Hold(Guid PledgeId, Guid Id)
    {
        public Hold(Guid pledgeId, ScopedKey key)
            : this(pledgeId, NameBasedId.From($"pledge-hold:{key.Scope:N}:{key.Value}"))
        {
        }
    }
}
