namespace GiveBack.Ledger.Batches;

/// <summary>One cheque of a batch. <see cref="GiftId"/> is the ledger row it became; once set, the line never changes.</summary>
public sealed class GiftBatchLineRecord
{
    public Guid BatchId { get; init; }

    /// <summary>1, 2, 3… in the order keyed; with the batch it names the line's idempotency key.</summary>
    public int LineNo { get; init; }

    public Guid DonorId { get; init; }

    /// <summary>Minor units of the batch's currency.</summary>
    public long Amount { get; init; }

    /// <summary>The cheque number or the bank's reference, as printed on the batch report.</summary>
    public string? Reference { get; init; }

    public string? Fund { get; init; }

    public Guid? GiftId { get; set; }
}
