using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Stripe.Gateway;
using Stripe;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>
/// Events about a one-time gift's PaymentIntent (its id is the payment key). The PaymentIntent is fetched as it is now,
/// with its charge and balance transaction, so the grain always sees current money whatever order events came in.
/// A PaymentIntent without GiveBack's metadata is a subscription's charge: it is routed to its invoice, never booked
/// on its own (the invoice books it).
/// </summary>
public sealed class OneTimePayments(
    IStripeClient stripe, DonorMatcher donors, GivingPageConsent consent, PaymentBooking booking, PaymentRecords records, InvoicePayments invoices)
{
    public async Task<string> HandleAsync(string paymentIntentId, PaymentEventKind kind, string eventId, CancellationToken cancellationToken)
    {
        var intent = await new PaymentIntentService(stripe).GetAsync(
            paymentIntentId,
            new PaymentIntentGetOptions { Expand = ["latest_charge.balance_transaction"] },
            cancellationToken: cancellationToken);
        if (!CheckoutMetadata.IsGiveBackGift(intent.Metadata))
        {
            return await RouteToInvoiceAsync(intent.Id, kind, eventId, cancellationToken);
        }

        if (kind == PaymentEventKind.Failed)
        {
            var failed = await booking.ApplyAsync(
                intent.Id,
                new PaymentObservation(eventId, kind, null, intent.LastPaymentError?.Message),
                new PaymentLinks(intent.Id, null, null, null, null, null),
                null,
                cancellationToken);
            return $"payment {failed.Status}";
        }

        if (intent.Status != "succeeded" || intent.LatestCharge is not { } charge)
        {
            return $"ignored: PaymentIntent is {intent.Status}";
        }

        var money = ChargeMoney.Of(charge);
        var metadata = intent.Metadata;
        var donor = await donors.ResolveAsync(
            new PayerDetails(
                intent.CustomerId ?? charge.CustomerId,
                charge.BillingDetails?.Email ?? CheckoutMetadata.Text(metadata, CheckoutMetadata.Email),
                CheckoutMetadata.Text(metadata, CheckoutMetadata.FirstName),
                CheckoutMetadata.Text(metadata, CheckoutMetadata.LastName),
                charge.BillingDetails?.Name,
                CheckoutMetadata.Number(metadata, CheckoutMetadata.ClassYear),
                CheckoutMetadata.Text(metadata, CheckoutMetadata.Locale)),
            cancellationToken);
        if (kind == PaymentEventKind.Succeeded)
        {
            await consent.RecordAsync(donor.Id, metadata, intent.Id, cancellationToken);
        }

        var settlement = new PaymentSettlement(
            donor.Id,
            CheckoutMetadata.Campaign(metadata)!.Value,
            money.Amount,
            money.Currency,
            money.Fee,
            money.Net,
            money.ReceivedOn,
            Designations.From(metadata, donor.Profile.ClassYear),
            money.Refunded);
        var view = await booking.ApplyAsync(
            intent.Id,
            new PaymentObservation(eventId, kind, settlement),
            new PaymentLinks(intent.Id, charge.Id, money.BalanceTransactionId, null, money.Fee, money.Net),
            CheckoutMetadata.Text(metadata, CheckoutMetadata.Locale),
            cancellationToken);
        return $"payment {view.Status}";
    }

    private async Task<string> RouteToInvoiceAsync(string paymentIntentId, PaymentEventKind kind, string eventId, CancellationToken cancellationToken)
    {
        if (kind is PaymentEventKind.Succeeded or PaymentEventKind.Failed)
        {
            // A subscription's charge: invoice.paid / invoice.payment_failed book it, once.
            return "ignored: not a one-time GiveBack gift (a subscription charge is booked from its invoice)";
        }

        var invoiceId = await records.KeyOfPaymentIntentAsync(paymentIntentId, cancellationToken);
        if (invoiceId is null)
        {
            // A refund or dispute of a subscription charge whose invoice.paid has not been processed yet: retry later.
            throw new PaymentNotYetKnownException($"No booked invoice is known for PaymentIntent {paymentIntentId} yet.");
        }

        return await invoices.HandleAsync(invoiceId, kind, eventId, cancellationToken);
    }
}
