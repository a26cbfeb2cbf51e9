namespace GiveBack.Payments;

/// <summary>
/// A gift's receipt. <see cref="Status"/> is <c>issued</c>, or <c>voided</c> once the gift no longer stands (refunded,
/// dispute lost): then <see cref="VoidedAt"/> and <see cref="VoidReason"/> say when and why, and
/// <see cref="ReplacedBy"/> names the receipt issued for what stands (null when nothing does). A replacement names the
/// receipt it <see cref="Replaces"/>. <see cref="ThankedAt"/> is when the receipt reached the donor.
/// </summary>
public sealed record ReceiptView(
    Guid GiftId,
    int FiscalYear,
    long Sequence,
    string Number,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ThankedAt,
    string Status = ReceiptView.Issued,
    DateTimeOffset? VoidedAt = null,
    string? VoidReason = null,
    string? ReplacedBy = null,
    string? Replaces = null)
{
    public const string Issued = "issued";

    public const string Voided = "voided";
}
