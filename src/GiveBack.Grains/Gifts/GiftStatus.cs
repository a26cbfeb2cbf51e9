namespace GiveBack.Grains.Gifts;

public enum GiftStatus
{
    Created,
    Replayed,
    KeyReused,
    UnknownDonor,
    UnknownCampaign,
    CurrencyMismatch,
    NotFound,
    AlreadyReversed,
    ReversalOfReversal,
}
