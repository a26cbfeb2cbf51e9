namespace GiveBack.Payments.Stripe.Data;

/// <summary>
/// A statement run (<c>statement_runs</c>): the period, who asked, and how far the scheduled job has gone. Donors are
/// taken in the order of their ids and <see cref="LastDonorId"/> is the checkpoint, so a run resumes where it stopped.
/// </summary>
public sealed class StatementRunRecord
{
    public Guid Id { get; init; }

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    public required string Status { get; set; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Donors who gave in the period, counted when the run starts.</summary>
    public int Donors { get; set; }

    public int Processed { get; set; }

    public Guid LastDonorId { get; set; }

    /// <summary>Why the last attempt stopped, when it did; the next fire of the job resumes the run.</summary>
    public string? Error { get; set; }
}
