using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Payments.Stripe.Processing;
using GiveBack.Payments.Stripe.Recurring;
using Stripe;
using Stripe.Checkout;

namespace GiveBack.Payments.Stripe.Webhooks;

/// <summary>
/// Turns one stored event into product records. Only the type and the object's ids are read from the payload; the
/// objects themselves are fetched as they are now, so a duplicate, a late or an out-of-order event converges on the
/// same result. Types GiveBack does not use are acknowledged and kept.
/// </summary>
public sealed class StripeEventTranslator(IStripeClient stripe, OneTimePayments oneTime, InvoicePayments invoices, RecurringGiftBook recurring)
{
    public async Task<string> HandleAsync(string eventId, string payload, CancellationToken cancellationToken)
    {
        var stripeEvent = EventUtility.ParseEvent(payload, throwOnApiVersionMismatch: false);
        var data = stripeEvent.Data?.Object;
        return (stripeEvent.Type, data) switch
        {
            (EventTypes.CheckoutSessionCompleted, Session session) => await SessionCompletedAsync(session, eventId, cancellationToken),
            (EventTypes.PaymentIntentSucceeded, PaymentIntent intent) =>
                await oneTime.HandleAsync(intent.Id, PaymentEventKind.Succeeded, eventId, cancellationToken),
            (EventTypes.PaymentIntentPaymentFailed, PaymentIntent intent) =>
                await oneTime.HandleAsync(intent.Id, PaymentEventKind.Failed, eventId, cancellationToken),
            (EventTypes.ChargeRefunded, Charge charge) when charge.PaymentIntentId is { } intentId =>
                await oneTime.HandleAsync(intentId, PaymentEventKind.Refunded, eventId, cancellationToken),
            (EventTypes.ChargeDisputeCreated, Dispute dispute) =>
                await DisputeAsync(dispute, PaymentEventKind.DisputeOpened, eventId, cancellationToken),
            (EventTypes.ChargeDisputeClosed, Dispute dispute) =>
                await DisputeAsync(dispute, dispute.Status == "lost" ? PaymentEventKind.DisputeLost : PaymentEventKind.DisputeWon, eventId, cancellationToken),
            (EventTypes.InvoicePaid, Invoice invoice) => await invoices.HandleAsync(invoice.Id, PaymentEventKind.Succeeded, eventId, cancellationToken),
            (EventTypes.InvoicePaymentFailed, Invoice invoice) => await invoices.HandleAsync(invoice.Id, PaymentEventKind.Failed, eventId, cancellationToken),
            (EventTypes.CustomerSubscriptionCreated or EventTypes.CustomerSubscriptionUpdated or EventTypes.CustomerSubscriptionDeleted, Subscription subscription) =>
                await recurring.SyncAsync(subscription.Id, cancellationToken) is { } gift ? $"monthly gift {gift.Status}" : "ignored: not a GiveBack monthly gift",
            _ => $"ignored: {stripeEvent.Type} is not used by GiveBack",
        };
    }

    private async Task<string> SessionCompletedAsync(Session session, string eventId, CancellationToken cancellationToken)
    {
        if (session.Mode == "subscription" && session.SubscriptionId is { } subscriptionId)
        {
            return await recurring.SyncAsync(subscriptionId, cancellationToken) is { } gift ? $"monthly gift {gift.Status}" : "ignored: not a GiveBack monthly gift";
        }

        return session.PaymentIntentId is { } intentId
            ? await oneTime.HandleAsync(intentId, PaymentEventKind.Succeeded, eventId, cancellationToken)
            : "ignored: session without a payment";
    }

    private async Task<string> DisputeAsync(Dispute dispute, PaymentEventKind kind, string eventId, CancellationToken cancellationToken)
    {
        var intentId = dispute.PaymentIntentId
            ?? (await new ChargeService(stripe).GetAsync(dispute.ChargeId, cancellationToken: cancellationToken)).PaymentIntentId;
        return intentId is null ? "ignored: dispute without a PaymentIntent" : await oneTime.HandleAsync(intentId, kind, eventId, cancellationToken);
    }
}
