namespace GiveBack.Grains.Abstractions.Payments;

[GenerateSerializer, Alias("giveback.payment-status")]
public enum PaymentStatus
{
    Pending,
    Failed,
    Succeeded,

    /// <summary>Part of the money went back; the ledger only knows full reversals, so the gift stands (see the note).</summary>
    PartiallyRefunded,
    Refunded,
    Disputed,
    DisputeLost,

    /// <summary>The payment cannot be booked as it is (unknown campaign, currency mismatch); the note says why.</summary>
    NeedsAttention,
}
