using GiveBack.Domain.Giving;

namespace GiveBack.Giving.Gifts;

/// <summary>A gift as a staff member records it, validated for shape but not yet against donor and campaign.</summary>
public sealed record GiftCommand(
    Guid DonorId,
    Guid CampaignId,
    long Amount,
    string Currency,
    DateOnly ReceivedOn,
    GiftMethod Method,
    string? Fund,
    TributeType? TributeType,
    string? TributeName,
    bool Anonymous,
    Guid? PledgeId = null);
