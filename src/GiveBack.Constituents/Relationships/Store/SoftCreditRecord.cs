namespace GiveBack.Constituents.Relationships.Store;

/// <summary>
/// Recognition of a gift given to someone other than its legal donor (a spouse, the ambassador who asked, the employee
/// whose gift an employer matched). It never changes the ledger or the hard credit; whether it still stands is read
/// from the ledger (a reversed gift's soft credits count as reversed), never written here.
/// </summary>
public sealed class SoftCreditRecord
{
    public Guid Id { get; init; }

    public Guid GiftId { get; init; }

    /// <summary>The donor credited.</summary>
    public Guid DonorId { get; set; }

    /// <summary>Minor units of the gift's currency; at most the gift's amount (full or partial).</summary>
    public long Amount { get; init; }

    public required string Currency { get; init; }

    /// <summary>One of <see cref="SoftCreditReasons"/>.</summary>
    public required string Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }
}
