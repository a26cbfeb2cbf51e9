namespace GiveBack.Payments.Stripe.Data;

/// <summary>
/// A statement sent (or being sent) to a donor for a period (<c>statements</c>), one per donor and period: the key that
/// keeps a second run from sending it again, the run that queued it, and when a channel accepted it.
/// </summary>
public sealed class StatementRecord
{
    public Guid DonorId { get; init; }

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    public Guid RunId { get; init; }

    public DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }
}
