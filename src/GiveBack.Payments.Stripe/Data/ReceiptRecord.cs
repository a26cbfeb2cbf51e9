namespace GiveBack.Payments.Stripe.Data;

/// <summary>A receipt issued for one gift: its number in the fiscal year's gap-free sequence.</summary>
public sealed class ReceiptRecord
{
    public Guid GiftId { get; init; }

    public int FiscalYear { get; init; }

    public long Sequence { get; init; }

    public required string Number { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? ThankedAt { get; set; }
}
