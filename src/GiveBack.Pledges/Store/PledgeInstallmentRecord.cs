namespace GiveBack.Pledges.Store;

/// <summary>
/// One installment as jobs and reports see it. The grain writes the figures; the scheduled jobs stamp when they sent
/// a reminder, marked it overdue, or followed up — each at most once, by a conditional update.
/// </summary>
public sealed class PledgeInstallmentRecord
{
    public Guid PledgeId { get; init; }

    public int Number { get; init; }

    public DateOnly DueOn { get; set; }

    public long Amount { get; set; }

    public long PaidAmount { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset? ReminderSentAt { get; set; }

    public DateTimeOffset? OverdueMarkedAt { get; set; }

    public DateTimeOffset? FollowUpSentAt { get; set; }
}
