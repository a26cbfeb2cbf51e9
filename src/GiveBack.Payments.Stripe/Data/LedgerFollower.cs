namespace GiveBack.Payments.Stripe.Data;

/// <summary>
/// How far a follower of the ledger has read (<c>ledger_followers</c>): the snapshot of its last read, so the next read
/// takes exactly the rows committed since, whatever order their numbers were taken in.
/// </summary>
public sealed class LedgerFollower
{
    public required string Name { get; init; }

    public required string Snapshot { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
