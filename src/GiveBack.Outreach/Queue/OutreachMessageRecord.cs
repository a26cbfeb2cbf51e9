using GiveBack.Ledger.Outreach;

namespace GiveBack.Outreach.Queue;

/// <summary>
/// A message GiveBack decided to send (a thank-you, a reminder, a follow-up, an appeal) and what became of it. The
/// unique (kind, reference) pair is what makes every producer safe to rerun: an installment's reminder, a gift's
/// thank-you, can only ever be queued once. The wording is not stored: the outreach module renders it from
/// <see cref="Values"/> in the recipient's language each time it sends, and keeps the last <see cref="Subject"/> so
/// staff can see it.
/// </summary>
public sealed class OutreachMessageRecord
{
    public long Id { get; init; }

    /// <summary>The product's kind, which names the templates: <c>pledge-reminder</c>, <c>thank-you</c>…</summary>
    public required string Kind { get; init; }

    public required string Reference { get; init; }

    /// <summary>The donor it goes to; <see cref="Guid.Empty"/> for a message to staff.</summary>
    public Guid DonorId { get; init; }

    /// <summary>One of <see cref="OutreachRecipients"/>: a donor (every producer's message) or a member of staff.</summary>
    public string RecipientKind { get; init; } = OutreachRecipients.Donor;

    /// <summary>The staff address a message to staff goes to; null for a donor's (their address is read at sending).</summary>
    public string? StaffEmail { get; init; }

    /// <summary>The plugin contract's <c>MessageKind</c> name, e.g. <c>Reminder</c>, handed to the channel.</summary>
    public required string MessageKind { get; init; }

    /// <summary>The language to write in; null means the donor's language at the time of sending.</summary>
    public string? Language { get; init; }

    /// <summary>The typed values as JSON (<see cref="OutreachValues"/>), formatted only when rendered.</summary>
    public required string Values { get; init; }

    /// <summary>One of <see cref="OutreachStatuses"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Sends attempted since the message was queued (or last resent).</summary>
    public int Attempts { get; init; }

    /// <summary>When a dispatcher may next pick the message up; null once it is settled.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Set while a dispatcher holds the message; a crashed host's claim simply expires.</summary>
    public DateTimeOffset? LeasedUntil { get; init; }

    public string? LastError { get; init; }

    /// <summary>The channel the message went (or was last tried) on, e.g. <c>email</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>The transport's id for a sent message (an SMTP server's answer, a provider's message id).</summary>
    public string? TransportId { get; init; }

    /// <summary>Handed to the channel to dedupe retries; a staff resend gets a new one, as it is a new message.</summary>
    public Guid MessageId { get; init; }

    /// <summary>The subject as last rendered; null until the first attempt.</summary>
    public string? Subject { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
