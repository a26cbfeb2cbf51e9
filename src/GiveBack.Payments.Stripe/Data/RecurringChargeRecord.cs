namespace GiveBack.Payments.Stripe.Data;

/// <summary>One invoice of a monthly gift, paid or failed; a failed invoice later paid has one row of each.</summary>
public sealed class RecurringChargeRecord
{
    public required string InvoiceId { get; init; }

    /// <summary><c>paid</c> or <c>failed</c>.</summary>
    public required string Outcome { get; init; }

    public Guid RecurringGiftId { get; init; }

    public long Amount { get; init; }

    public Guid? GiftId { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Message { get; init; }
}
