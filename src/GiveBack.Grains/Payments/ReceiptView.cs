namespace GiveBack.Grains.Payments;

public sealed record ReceiptView(Guid GiftId, int FiscalYear, long Sequence, string Number, DateTimeOffset IssuedAt, DateTimeOffset? ThankedAt);
