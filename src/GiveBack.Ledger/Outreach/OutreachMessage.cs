namespace GiveBack.Ledger.Outreach;

/// <summary>
/// A message GiveBack decided to send (a reminder, a follow-up, an appeal). The unique (kind, reference) pair is what
/// makes a job safe to rerun: the same installment's reminder can only ever be queued once.
/// </summary>
public sealed class OutreachMessage
{
    public long Id { get; init; }

    public required string Kind { get; init; }

    public required string Reference { get; init; }

    public Guid DonorId { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
