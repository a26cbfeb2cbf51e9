namespace GiveBack.Ledger.Batches;

/// <summary>A batch with what its lines add up to, for the batches list (deposit date, control and keyed totals).</summary>
public sealed record GiftBatchSummary(GiftBatchRecord Batch, int LineCount, long LineTotal);
