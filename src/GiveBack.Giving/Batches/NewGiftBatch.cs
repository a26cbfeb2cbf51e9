using GiveBack.Domain.Giving;

namespace GiveBack.Giving.Batches;

/// <summary>A deposit a processor is about to key: where it goes, when it was banked, and the figures counted by hand.</summary>
public sealed record NewGiftBatch(
    string Name,
    Guid CampaignId,
    DateOnly DepositOn,
    GiftMethod Method,
    int ControlCount,
    long ControlTotal,
    Guid CreatedBy);
