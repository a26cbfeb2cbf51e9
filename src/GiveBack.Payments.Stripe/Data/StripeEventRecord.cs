namespace GiveBack.Payments.Stripe.Data;

/// <summary>
/// A verified Stripe event exactly as it arrived (its id is the primary key, so a redelivery is recognised), and how
/// far processing it has got. Rows are kept: they are the audit trail of what Stripe told GiveBack; the payload of an event
/// processed more than Retention:StripeEventPayloadDays ago is cleared (it holds the payer's personal data).
/// </summary>
public sealed class StripeEventRecord
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public string? ApiVersion { get; init; }

    public bool Livemode { get; init; }

    /// <summary>The event as received; null once processed and past its retention.</summary>
    public string? Payload { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set when the event failed for the whole retry window; it waits for staff to replay it.</summary>
    public DateTimeOffset? ParkedAt { get; set; }

    /// <summary>What processing did (booked, ignored, ...), or the last error while it is still being retried.</summary>
    public string? Outcome { get; set; }
}
