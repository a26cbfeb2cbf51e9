namespace GiveBack.Ledger.Gifts;

/// <summary>A gift to book, already validated against the donor and the campaign.</summary>
public sealed record NewGift(
    Guid Id,
    Guid DonorId,
    Guid CampaignId,
    long Amount,
    string Currency,
    DateOnly ReceivedOn,
    string Method,
    string? Fund,
    string? TributeType,
    string? TributeName,
    bool Anonymous,
    int? ClassYear,
    string IdempotencyKey,
    string RequestHash,
    string Source = GiftSources.Offline,
    string? ExternalId = null,
    long? FeeAmount = null,
    long? NetAmount = null,
    Guid? PledgeId = null);
