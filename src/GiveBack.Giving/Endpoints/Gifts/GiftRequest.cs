using GiveBack.Domain.Giving;

namespace GiveBack.Giving.Endpoints.Gifts;

/// <summary>
/// A gift received offline. Amount is in minor units of the currency (cents for USD, centimes for EUR). With a
/// <c>pledgeId</c> the gift pays that pledge's installments, oldest first. With an <c>ambassadorId</c> (one of the
/// campaign's giving-day ambassadors) the gift is counted as brought by that ambassador.
/// </summary>
public sealed record GiftRequest(
    Guid? DonorId,
    Guid? CampaignId,
    long? Amount,
    string? Currency,
    DateOnly? ReceivedOn,
    GiftMethod? Method,
    string? Fund,
    TributeRequest? Tribute,
    bool? Anonymous,
    Guid? PledgeId = null,
    Guid? AmbassadorId = null);
