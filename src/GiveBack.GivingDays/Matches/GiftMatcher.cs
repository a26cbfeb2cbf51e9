using GiveBack.Domain.Idempotency;
using GiveBack.Domain.Money;
using GiveBack.Giving.Gifts;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.GivingDays.Eligibility;
using GiveBack.Ledger.Gifts;

namespace GiveBack.GivingDays.Matches;

/// <summary>
/// Matches a booked gift from every open, eligible match of its campaign: takes the capacity (<see cref="CampaignMatches.TakeAsync"/>,
/// the cap's only guard), then books the sponsor's gift under a key made of the match and the gift, so running it
/// again for the same gift — a retried request, a replayed payment — takes and books nothing twice.
/// </summary>
public sealed class GiftMatcher(IGrainFactory grains, CampaignMatches matches, GiftEligibility eligibility) : IGiftBookedHook
{
    public Task OnBookedAsync(LedgerEntry entry, GiftRecorder recorder, CancellationToken cancellationToken) => entry.Kind == LedgerEntryKinds.Gift
        ? MatchAsync(entry, recorder.BookSettledAsync, cancellationToken)
        : ReturnAsync(entry, recorder.ReverseAsync, cancellationToken);

    public async Task MatchAsync(LedgerEntry gift, Func<NewGift, CancellationToken, Task<GiftResult>> book, CancellationToken cancellationToken = default)
    {
        // A sponsor's gift is never matched itself, or one match would feed another.
        if (gift.Kind != LedgerEntryKinds.Gift || GiftEligibility.IsSponsorGift(gift))
        {
            return;
        }

        var open = await matches.OpenAsync(gift.CampaignId, gift.RecordedAt, cancellationToken);
        foreach (var match in open)
        {
            if (await eligibility.EligibleAsync(match, gift, cancellationToken))
            {
                await MatchOneAsync(match, gift, book, cancellationToken);
            }
        }
    }

    /// <summary>
    /// After a gift's reversal: gives its matched amount back to each match still open and reverses the sponsor's gift
    /// that paid it, under a key made of the match and the gift, so a retry reverses nothing twice. A match whose window
    /// has closed keeps the sponsor's gift (docs/architecture.md, "Giving days: matches").
    /// </summary>
    public async Task ReturnAsync(
        LedgerEntry reversal, Func<Guid, string, ScopedKey, CancellationToken, Task<GiftResult>> reverse, CancellationToken cancellationToken = default)
    {
        if (reversal.Kind != LedgerEntryKinds.Reversal || GiftEligibility.IsSponsorGift(reversal) || reversal.ReversesEntryId is not { } giftId)
        {
            return;
        }

        foreach (var returned in await matches.ReturnAsync(giftId, reversal.RecordedAt, cancellationToken))
        {
            if (returned.MatchingGiftId is { } matching)
            {
                await reverse(
                    matching,
                    "The gift it matched was reversed while the match was open.",
                    ScopedKey.System($"{SystemKeys.Match}return:{returned.MatchId:N}:{giftId:N}"),
                    cancellationToken);
            }
        }
    }

    private async Task MatchOneAsync(
        CampaignMatchRecord match, LedgerEntry gift, Func<NewGift, CancellationToken, Task<GiftResult>> book, CancellationToken cancellationToken)
    {
        var wanted = WantedFor(match, gift);
        if (wanted <= 0 || await matches.TakeAsync(match.Id, gift.Id, gift.DonorId, wanted, cancellationToken) is not { } allocation)
        {
            return;
        }

        // Booked already, or given back by the gift's reversal before its sponsor's gift was booked.
        if (allocation.MatchingGiftId is not null || allocation.ReturnedAt is not null)
        {
            return;
        }

        var sponsor = await grains.GetGrain<IDonorGrain>(match.SponsorDonorId).GetAsync();
        var campaign = await grains.GetGrain<ICampaignGrain>(match.CampaignId).GetDefinitionAsync();
        var booked = await book(
            new NewGift(
                Id: Guid.CreateVersion7(),
                DonorId: match.SponsorDonorId,
                CampaignId: match.CampaignId,
                CampaignName: campaign?.Name ?? string.Empty,
                Amount: allocation.Amount,
                Currency: match.Currency,
                ReceivedOn: gift.ReceivedOn,
                Method: GiftVocabulary.Of(Domain.Giving.GiftMethod.Other),
                Fund: gift.Fund,
                TributeType: null,
                TributeName: null,
                Anonymous: false,
                ClassYear: sponsor?.Profile.ClassYear,
                IdempotencyKey: $"{SystemKeys.Match}{match.Id:N}:{gift.Id:N}",
                RequestHash: RequestHash.Of(new { match = match.Id, gift = gift.Id, allocation.Amount }),
                Source: GiftSources.Match,
                IdempotencyScope: ScopedKey.SystemScope),
            cancellationToken);
        if (booked is { Succeeded: true, Entry: { } entry })
        {
            await matches.LinkAsync(match.Id, gift.Id, entry.Id, cancellationToken);
        }
    }

    /// <summary>Per amount: the gift times the ratio, rounded down to a minor unit; per donor: the ratio in major units.</summary>
    internal static long WantedFor(CampaignMatchRecord match, LedgerEntry gift) => match.Per == MatchPer.Donor
        ? (long)decimal.Floor(match.Ratio * Pow10(Currency.MinorDigitsOf(match.Currency)))
        : (long)decimal.Floor(gift.Amount * match.Ratio);

    private static decimal Pow10(int digits)
    {
        var factor = 1m;
        for (var i = 0; i < digits; i++)
        {
            factor *= 10;
        }

        return factor;
    }
}
