using GiveBack.Domain.Idempotency;
using GiveBack.Giving.Gifts;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.GivingDays.Calendar;
using GiveBack.GivingDays.Eligibility;
using GiveBack.Ledger.Gifts;

namespace GiveBack.GivingDays.Challenges;

/// <summary>
/// Follows each booked gift for its campaign's challenges: counts it toward every challenge whose window holds it and
/// whose eligibility it meets (<see cref="CampaignChallenges.CountAsync"/>, the unlock's only writer), gives a reversed
/// gift back, then books the sponsor's gift of every unlocked challenge that has none yet, under the key
/// <c>challenge:{challenge}</c>. Running it again for the same gift — a retried request, a replayed payment — counts
/// nothing twice and finishes an unlock whose sponsor's gift was not booked.
/// </summary>
public sealed class ChallengeTracker(
    IGrainFactory grains, CampaignChallenges challenges, CampaignTermsCache<CampaignChallengeRecord> terms, GiftEligibility eligibility, LedgerReader ledger)
    : IGiftBookedHook
{
    public async Task OnBookedAsync(LedgerEntry entry, GiftRecorder recorder, CancellationToken cancellationToken)
    {
        // A sponsor's gift (a match's, a challenge's) never counts, or one offer would feed another.
        if (GiftEligibility.IsSponsorGift(entry))
        {
            return;
        }

        // The terms are read at most once a second (a campaign without challenges costs no query); each count reads the
        // challenge's row under its lock, so what unlocked is never taken from this copy.
        var ofCampaign = await terms.GetAsync(entry.CampaignId, id => challenges.OfCampaignAsync(id, CancellationToken.None));
        if (ofCampaign.Count == 0)
        {
            return;
        }

        var now = new List<CampaignChallengeRecord>(ofCampaign.Count);
        foreach (var challenge in ofCampaign)
        {
            now.Add(entry.Kind == LedgerEntryKinds.Gift
                ? await CountAsync(challenge, entry, cancellationToken)
                : await ReturnAsync(challenge, entry, cancellationToken));
        }

        foreach (var unlocked in now.Where(c => c is { UnlockedAt: not null, UnlockGiftId: null }))
        {
            await BookUnlockAsync(unlocked, recorder, cancellationToken);
        }
    }

    private async Task<CampaignChallengeRecord> CountAsync(CampaignChallengeRecord challenge, LedgerEntry gift, CancellationToken cancellationToken)
    {
        // Booked inside the window (start included, end excluded) by the ledger's clock, which a replay keeps.
        if (gift.RecordedAt < challenge.StartsAt || gift.RecordedAt >= challenge.EndsAt || !await eligibility.EligibleAsync(challenge, gift, cancellationToken))
        {
            return challenge;
        }

        long? alumni = challenge.Kind == ChallengeKind.Participation
            ? await challenges.AlumniOfRecordAsync(challenge.ClassYears.Single(), cancellationToken)
            : null;
        return await challenges.CountAsync(challenge.Id, gift.Id, gift.DonorId, gift.Amount, alumni, cancellationToken);
    }

    private async Task<CampaignChallengeRecord> ReturnAsync(CampaignChallengeRecord challenge, LedgerEntry reversal, CancellationToken cancellationToken)
    {
        // A challenge that starts after the reversal cannot hold the gift, which was booked before it.
        if (reversal.ReversesEntryId is { } giftId && challenge.StartsAt <= reversal.RecordedAt)
        {
            await challenges.ReturnAsync(challenge.Id, giftId, reversal.DonorId, reversal.RecordedAt, cancellationToken);
        }

        return challenge;
    }

    /// <summary>
    /// The sponsor's gift for the unlock: one key per challenge, so two runs that both find it missing book it once
    /// (the second is a replay of the first) and link the same gift.
    /// </summary>
    private async Task BookUnlockAsync(CampaignChallengeRecord challenge, GiftRecorder recorder, CancellationToken cancellationToken)
    {
        var crossing = await ledger.FindAsync(challenge.UnlockedByGiftId!.Value, cancellationToken);
        var sponsor = await grains.GetGrain<IDonorGrain>(challenge.SponsorDonorId).GetAsync();
        var campaign = await grains.GetGrain<ICampaignGrain>(challenge.CampaignId).GetDefinitionAsync();
        var booked = await recorder.BookSettledAsync(
            new NewGift(
                Id: Guid.CreateVersion7(),
                DonorId: challenge.SponsorDonorId,
                CampaignId: challenge.CampaignId,
                CampaignName: campaign?.Name ?? string.Empty,
                Amount: challenge.UnlockAmount,
                Currency: challenge.Currency,
                ReceivedOn: crossing?.ReceivedOn ?? DateOnly.FromDateTime(challenge.UnlockedAt!.Value.UtcDateTime),
                Method: GiftVocabulary.Of(Domain.Giving.GiftMethod.Other),

                // A challenge for one fund's gifts unlocks money for that fund; otherwise for the campaign as a whole.
                Fund: challenge.Funds.Length == 1 ? challenge.Funds[0] : null,
                TributeType: null,
                TributeName: null,
                Anonymous: false,
                ClassYear: sponsor?.Profile.ClassYear,
                IdempotencyKey: $"{SystemKeys.Challenge}{challenge.Id:N}",
                RequestHash: RequestHash.Of(new { challenge = challenge.Id, challenge.UnlockAmount }),
                Source: GiftSources.Challenge,
                IdempotencyScope: ScopedKey.SystemScope),
            cancellationToken);
        if (booked is { Succeeded: true, Entry: { } entry })
        {
            await challenges.LinkUnlockAsync(challenge.Id, entry.Id, cancellationToken);
        }
    }
}
