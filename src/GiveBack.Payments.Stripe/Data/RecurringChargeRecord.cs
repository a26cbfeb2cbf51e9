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

    /// <summary>Why it failed; for a paid charge, where it was booked when that was not simply its campaign.</summary>
    public string? Message { get; init; }

    /// <summary>The campaign a paid charge's gift was booked to (its own, or the closed-campaign fallback).</summary>
    public Guid? CampaignId { get; init; }

    /// <summary>Paid into a campaign outside its dates with no open fallback: booked there, for staff to review.</summary>
    public bool NeedsAttention { get; init; }
}
