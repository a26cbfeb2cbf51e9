namespace GiveBack.Payments.Stripe.Data;

/// <summary>
/// The Stripe ids around one booked payment (keyed like its payment grain and ledger row: PaymentIntent or invoice id),
/// so refunds, disputes and balance transactions can be traced back to the gift.
/// </summary>
public sealed class PaymentRecord
{
    public required string Key { get; init; }

    public string? PaymentIntentId { get; set; }

    public string? ChargeId { get; set; }

    public string? BalanceTransactionId { get; set; }

    public Guid? RecurringGiftId { get; set; }

    public Guid? GiftId { get; set; }

    public required string Status { get; set; }

    public long Amount { get; set; }

    public long? Fee { get; set; }

    public long? Net { get; set; }

    public required string Currency { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
