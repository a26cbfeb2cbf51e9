namespace GiveBack.Payments.Statements;

/// <summary>
/// A statement run and how far it is: <see cref="Donors"/> gave in the period, <see cref="Processed"/> of them were
/// looked at, <see cref="Queued"/> got a statement from this run, <see cref="Skipped"/> had one for the period already
/// (an earlier run), and <see cref="Sent"/> of this run's were accepted by a channel. A donor who opted out of e-mail is
/// queued and then settled as opted out by the outreach module, never sent.
/// </summary>
public sealed record StatementRunView(
    Guid Id,
    string Status,
    DateOnly From,
    DateOnly To,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int Donors,
    int Processed,
    int Queued,
    int Skipped,
    int Sent,
    string? Error)
{
    public const string QueuedStatus = "queued";

    public const string Running = "running";

    public const string Completed = "completed";

    public const string Failed = "failed";
}
