using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Stripe.Receipts;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>
/// The common last step for every payment event: hand the observation to the payment's grain (the only place that
/// writes the ledger), keep the Stripe ids beside the result, and keep the receipt and the thanks on what stands of the payment.
/// </summary>
public sealed class PaymentBooking(IGrainFactory grains, PaymentRecords records, PaymentReceipts receipts)
{
    public async Task<PaymentView> ApplyAsync(
        string key, PaymentObservation observation, PaymentLinks links, string? locale, CancellationToken cancellationToken = default)
    {
        var view = await grains.GetGrain<IPaymentGrain>(key).ObserveAsync(observation);
        await records.SaveAsync(view, links, cancellationToken);
        if (view.GiftId is not null && observation.Settlement is { } settlement)
        {
            await receipts.ConvergeAsync(view, settlement, locale, links.RecurringGiftId, cancellationToken);
        }

        return view;
    }
}
