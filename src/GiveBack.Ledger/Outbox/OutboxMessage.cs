namespace GiveBack.Ledger.Outbox;

/// <summary>
/// An event for plugins, written in the same transaction as the ledger or directory row it describes, so an event
/// exists exactly when its fact does. Dispatchers read it in id order.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string Type { get; init; }

    /// <summary>The donor the event concerns, so delivery can keep each donor's events in order.</summary>
    public Guid? DonorId { get; init; }

    public required string Payload { get; init; }
}
