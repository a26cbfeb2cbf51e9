namespace GiveBack.Payments.Stripe.Processing;

/// <summary>The Stripe ids and money of one payment, kept beside the gift for refunds, disputes and reconciliation.</summary>
public sealed record PaymentLinks(
    string? PaymentIntentId,
    string? ChargeId,
    string? BalanceTransactionId,
    Guid? RecurringGiftId,
    long? Fee,
    long? Net);
