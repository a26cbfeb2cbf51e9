namespace GiveBack.Ledger.Donors;

/// <summary>
/// Two donors who may be one person, for staff to merge or dismiss: <see cref="DonorId"/> is the one created first
/// (usually the known alumnus), <see cref="DuplicateDonorId"/> the one created later.
/// </summary>
public sealed class PossibleDuplicateRecord
{
    public long Id { get; init; }

    public Guid DonorId { get; init; }

    public Guid DuplicateDonorId { get; init; }

    public required string Reason { get; init; }

    /// <summary><c>open</c> until staff act on it.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
