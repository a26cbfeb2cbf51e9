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

    /// <summary>How likely the two are one person, from 0 to 1 (the strongest matching rule that fired).</summary>
    public double Score { get; set; }

    /// <summary>Why they were proposed, in words staff read ("same e-mail", "similar name (0.93)").</summary>
    public string[] Reasons { get; set; } = [];

    /// <summary><c>open</c> until staff act on it: <c>dismissed</c> (not a duplicate) or <c>merged</c>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
