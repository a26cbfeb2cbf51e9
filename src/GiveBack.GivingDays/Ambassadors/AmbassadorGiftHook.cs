using GiveBack.Constituents.Relationships;
using GiveBack.Constituents.Relationships.Store;
using GiveBack.Giving.Gifts;
using GiveBack.Ledger.Gifts;

namespace GiveBack.GivingDays.Ambassadors;

/// <summary>
/// Follows each gift that names an ambassador: soft-credits the ambassador with the whole gift (through the constituents
/// module's <see cref="SoftCredits"/>, the one place soft credits are written) and queues their thank-you. Both are
/// idempotent — a second soft credit of the same donor on the same gift is refused by its unique index, a second
/// thank-you by the outbox's (kind, reference) — so a replay does nothing twice. After a reversal the figures drop by
/// themselves (they are read from the gifts that stand); an unsent thank-you is taken back.
/// </summary>
public sealed class AmbassadorGiftHook(CampaignAmbassadors ambassadors, SoftCredits credits, AmbassadorOutreach outreach) : IGiftBookedHook
{
    /// <summary>Who wrote the soft credit, as the soft credits' <c>createdBy</c> shows it.</summary>
    public const string Actor = "giving-day:ambassador";

    public async Task OnBookedAsync(LedgerEntry entry, GiftRecorder recorder, CancellationToken cancellationToken)
    {
        if (entry.AmbassadorId is not { } ambassadorId)
        {
            return;
        }

        if (entry.Kind == LedgerEntryKinds.Reversal)
        {
            if (entry.ReversesEntryId is { } giftId)
            {
                await outreach.WithdrawThanksAsync(giftId, cancellationToken);
            }

            return;
        }

        // An ambassador's own gift through their link counts in their figures, but they are not credited or thanked for it.
        if (await ambassadors.FindAsync(ambassadorId, cancellationToken) is not { } ambassador
            || ambassador.CampaignId != entry.CampaignId
            || ambassador.DonorId == entry.DonorId)
        {
            return;
        }

        // A refusal here is the soft credit already there (a replay), or a gift reversed since: nothing to add either way.
        await credits.AddAsync(entry.Id, ambassador.DonorId, null, SoftCreditReasons.Ambassador, Actor, cancellationToken);
        await outreach.ThankAsync(ambassador, entry, cancellationToken);
    }
}
