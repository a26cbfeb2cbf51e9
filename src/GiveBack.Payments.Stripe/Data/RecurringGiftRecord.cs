namespace GiveBack.Payments.Stripe.Data;

/// <summary>A monthly gift: one Stripe subscription, with the designation the donor chose on the giving page.</summary>
public sealed class RecurringGiftRecord
{
    public Guid Id { get; init; }

    public required string SubscriptionId { get; init; }

    public string? CustomerId { get; set; }

    public Guid? DonorId { get; set; }

    public Guid CampaignId { get; set; }

    public long Amount { get; set; }

    public required string Currency { get; set; }

    /// <summary>Stripe's subscription status: active, past_due, canceled, ...</summary>
    public required string Status { get; set; }

    public bool CancelAtPeriodEnd { get; set; }

    public DateOnly? NextChargeOn { get; set; }

    public string? Fund { get; set; }

    public string? TributeType { get; set; }

    public string? TributeName { get; set; }

    public bool Anonymous { get; set; }

    public int? ClassYear { get; set; }

    /// <summary>The language the donor gave in (en, fr), for the thank-you of each month's gift.</summary>
    public string? Locale { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? CanceledAt { get; set; }
}
