namespace GiveBack.Payments;

/// <summary>
/// One ledger row and/or one processor balance transaction. <see cref="Issue"/> is null when both agree; otherwise it
/// says what does not match (a row with no transaction, a transaction with no row, different amount, fee or net).
/// </summary>
public sealed record ReconciliationLine(
    Guid? LedgerEntryId,
    string? ExternalId,
    string? BalanceTransactionId,
    string? Type,
    long? LedgerAmount,
    long? LedgerFee,
    long? LedgerNet,
    long? ProcessorAmount,
    long? ProcessorFee,
    long? ProcessorNet,
    string Currency,
    string? Issue);
