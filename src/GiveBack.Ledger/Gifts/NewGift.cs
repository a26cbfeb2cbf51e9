using GiveBack.Domain.Idempotency;

namespace GiveBack.Ledger.Gifts;

/// <summary>
/// A gift to book, already validated against the donor and the campaign. The campaign's name and the recurring flag
/// are not ledger columns: they travel in the gift's outbox event, for the CRMs that book it.
/// </summary>
public sealed record NewGift(
    Guid Id,
    Guid DonorId,
    Guid CampaignId,
    string CampaignName,
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
    Guid? PledgeId = null,
    bool Recurring = false,
    Guid IdempotencyScope = default,
    Guid? AmbassadorId = null)
{
    public ScopedKey Key => new(IdempotencyScope, IdempotencyKey);
}
