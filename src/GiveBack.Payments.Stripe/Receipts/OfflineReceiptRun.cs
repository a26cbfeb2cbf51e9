namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>What one run of the offline receipt job did: whether it only started following the ledger, how many receipts it issued and voided.</summary>
public sealed record OfflineReceiptRun(bool Started, int Receipted, int Voided);
