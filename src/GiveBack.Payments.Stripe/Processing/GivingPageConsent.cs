using GiveBack.Domain.Consent;
using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Consent;
using GiveBack.Payments.Stripe.Gateway;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>
/// Records the giving page's "keep me informed about news and appeals by e-mail" answer once the gift is paid: the
/// box travels in the Checkout Session's metadata, so the answer is the donor's only when the gift went through. A
/// ticked box grants e-mail for appeals and news; an unticked one is recorded as "not given" only where the donor has
/// never answered, since leaving a box unticked is no withdrawal of an earlier yes. The payment is the evidence
/// (<c>recorded_by</c> = <c>stripe:{id}</c>), which also keeps a redelivered event from recording it twice.
/// </summary>
public sealed class GivingPageConsent(DonorConsents consents)
{
    public async Task RecordAsync(Guid donorId, IDictionary<string, string>? metadata, string paymentReference, CancellationToken cancellationToken)
    {
        if (CheckoutMetadata.Text(metadata, CheckoutMetadata.KeepInformed) is not { } answer)
        {
            return;
        }

        var granted = answer == "true";
        var recordedBy = $"stripe:{paymentReference}";
        // Read and written under the donor's consent lock: the Checkout Session's event and the PaymentIntent's, handled
        // side by side, would otherwise both find no answer from this payment and both record it.
        await consents.RecordFromHistoryAsync(
            donorId,
            history => [.. ConsentPurposes.KeepInformed
                .Where(purpose => !history.Any(h => h.Purpose == purpose && h.Channel == ChannelConsent.Email && (h.RecordedBy == recordedBy || !granted)))
                .Select(purpose => new ConsentChange(ChannelConsent.Email, purpose, granted))],
            ConsentSources.GivingPage,
            recordedBy,
            cancellationToken);
    }
}
