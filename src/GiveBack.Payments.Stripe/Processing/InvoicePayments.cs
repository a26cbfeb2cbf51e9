using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Stripe.Recurring;
using Stripe;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>
/// Events about a monthly gift's invoice (its id is the payment key): a paid invoice is one gift on the recurring gift,
/// a failed one is recorded on it. The invoice is fetched with its payment's PaymentIntent, charge and balance
/// transaction (in this API version the invoice has no top-level PaymentIntent, only <c>payments</c>).
/// </summary>
/// <remarks>
/// A payment received outside the campaign's dates is routed by <see cref="ClosedCampaignRouting"/>; the charge's row
/// says where it went and whether staff should look.
/// </remarks>
public sealed class InvoicePayments(IStripeClient stripe, RecurringGiftBook recurring, PaymentBooking booking, ClosedCampaignRouting routing)
{
    public async Task<string> HandleAsync(string invoiceId, PaymentEventKind kind, string eventId, CancellationToken cancellationToken)
    {
        var invoice = await new InvoiceService(stripe).GetAsync(
            invoiceId,
            new InvoiceGetOptions { Expand = ["payments.data.payment.payment_intent.latest_charge.balance_transaction"] },
            cancellationToken: cancellationToken);
        var subscriptionId = invoice.Parent?.SubscriptionDetails?.SubscriptionId;
        if (subscriptionId is null)
        {
            return "ignored: invoice without a subscription";
        }

        var gift = await recurring.SyncAsync(subscriptionId, cancellationToken);
        if (gift is null)
        {
            return "ignored: not a GiveBack monthly gift";
        }

        var intents = invoice.Payments?.Data.Select(p => p.Payment?.PaymentIntent).OfType<PaymentIntent>().ToList() ?? [];
        if (kind == PaymentEventKind.Failed)
        {
            var message = intents.LastOrDefault()?.LastPaymentError?.Message ?? "The monthly charge failed.";
            await recurring.RecordChargeAsync(gift.Id, invoice.Id, "failed", invoice.AmountDue, null, message, cancellationToken: cancellationToken);
            return "monthly charge failed";
        }

        var intent = intents.LastOrDefault(i => i.Status == "succeeded");
        if (intent?.LatestCharge is not { } charge)
        {
            return $"ignored: invoice is {invoice.Status}";
        }

        var money = ChargeMoney.Of(charge);
        var route = await routing.RouteAsync(gift.CampaignId, money.Currency, money.ReceivedOn, cancellationToken);
        var settlement = new PaymentSettlement(
            gift.DonorId ?? throw new InvalidOperationException($"Recurring gift {gift.Id} has no donor."),
            route.CampaignId,
            money.Amount,
            money.Currency,
            money.Fee,
            money.Net,
            money.ReceivedOn,
            new GiftDesignation(gift.Fund, gift.TributeType, gift.TributeName, gift.Anonymous, gift.ClassYear, Recurring: true),
            money.Refunded);
        var view = await booking.ApplyAsync(
            invoice.Id,
            new PaymentObservation(eventId, kind, settlement),
            new PaymentLinks(intent.Id, charge.Id, money.BalanceTransactionId, gift.Id, money.Fee, money.Net),
            gift.Locale,
            cancellationToken);
        if (view.GiftId is { } giftId)
        {
            await recurring.RecordChargeAsync(
                gift.Id, invoice.Id, "paid", money.Amount, giftId, route.Note, route.CampaignId, route.NeedsAttention, cancellationToken);
        }

        return $"monthly payment {view.Status}";
    }
}
