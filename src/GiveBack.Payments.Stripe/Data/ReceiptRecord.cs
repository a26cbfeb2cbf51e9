namespace GiveBack.Payments.Stripe.Data;

/// <summary>
/// A receipt issued for one gift: its number in the fiscal year's gap-free sequence. A receipt whose gift no longer
/// stands (refunded, disputed) is voided, never deleted: the row and its number stay, with when, why and the number of
/// the receipt that replaced it.
/// </summary>
public sealed class ReceiptRecord
{
    public Guid GiftId { get; init; }

    public int FiscalYear { get; init; }

    public long Sequence { get; init; }

    public required string Number { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? ThankedAt { get; set; }

    /// <summary>The Stripe payment (PaymentIntent or invoice id) the gift came from; null for receipts issued before it was kept.</summary>
    public string? PaymentKey { get; init; }

    /// <summary>The number of the receipt this one replaces, when a refund changed the amount that stands.</summary>
    public string? Replaces { get; init; }

    public DateTimeOffset? VoidedAt { get; set; }

    public string? VoidReason { get; set; }

    /// <summary>The number of the receipt issued in this one's place; null when nothing of the gift stands.</summary>
    public string? ReplacedBy { get; set; }
}
