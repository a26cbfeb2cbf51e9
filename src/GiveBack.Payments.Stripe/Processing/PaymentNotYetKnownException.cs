namespace GiveBack.Payments.Stripe.Processing;

/// <summary>An event refers to a payment GiveBack has not booked yet; the event is retried later, not dropped.</summary>
public sealed class PaymentNotYetKnownException(string message) : Exception(message);
