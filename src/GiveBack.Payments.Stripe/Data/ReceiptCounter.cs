namespace GiveBack.Payments.Stripe.Data;

/// <summary>The last receipt number used in a fiscal year; incremented in the transaction that issues the receipt.</summary>
public sealed class ReceiptCounter
{
    public int FiscalYear { get; init; }

    public long LastSequence { get; set; }
}
