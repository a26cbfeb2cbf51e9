namespace GiveBack.Payments;

/// <summary>
/// A monthly gift: its processor subscription, where it stands, the next charge and how its charges went.
/// <see cref="NeedsAttention"/>: its latest payment was booked to its campaign outside the campaign's dates, because no
/// open fallback campaign took it; staff should move the donor to an open campaign or configure one.
/// </summary>
public sealed record RecurringGiftView(
    Guid Id,
    string SubscriptionId,
    string? CustomerId,
    Guid? DonorId,
    Guid CampaignId,
    long Amount,
    string Currency,
    string Status,
    bool CancelAtPeriodEnd,
    DateOnly? NextChargeOn,
    int PaidCount,
    int FailureCount,
    string? LastFailure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CanceledAt,
    bool NeedsAttention,
    IReadOnlyList<RecurringCharge> Charges);
