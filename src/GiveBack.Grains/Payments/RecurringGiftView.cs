namespace GiveBack.Grains.Payments;

/// <summary>A monthly gift: its processor subscription, where it stands, the next charge and how its charges went.</summary>
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
    IReadOnlyList<RecurringCharge> Charges);
