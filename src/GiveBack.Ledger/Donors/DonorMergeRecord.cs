namespace GiveBack.Ledger.Donors;

/// <summary>
/// A donor merged into another: the ledger keeps the merged donor's rows as they were written (it is append-only),
/// and every reader of a donor's giving resolves <see cref="MergedDonorId"/> to <see cref="SurvivorId"/> through this
/// row (the <c>standing_gifts</c> view, <c>LedgerReader</c>). It is also the merge's record: who, when, what moved.
/// </summary>
public sealed class DonorMergeRecord
{
    public Guid MergedDonorId { get; init; }

    /// <summary>The donor who carries the merged donor's records now; moved on when that donor is merged in turn.</summary>
    public Guid SurvivorId { get; set; }

    public DateTimeOffset MergedAt { get; init; }

    /// <summary>The staff member (or API key) who merged.</summary>
    public required string MergedBy { get; init; }

    /// <summary>What each module moved, as counts by kind (JSON).</summary>
    public required string Moved { get; set; }

    /// <summary>Set once every module's step has run; a merge found unfinished is run again (each step is idempotent).</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}
