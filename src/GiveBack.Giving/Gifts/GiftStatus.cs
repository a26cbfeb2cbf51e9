namespace GiveBack.Giving.Gifts;

public enum GiftStatus
{
    Created,
    Replayed,
    KeyReused,
    UnknownDonor,
    UnknownCampaign,
    CurrencyMismatch,

    /// <summary>The gift was received after the campaign's end date.</summary>
    CampaignClosed,
    NotFound,
    AlreadyReversed,
    ReversalOfReversal,
    PledgeNotFound,

    /// <summary>The pledge belongs to another donor or campaign, or is in another currency.</summary>
    PledgeMismatch,

    /// <summary>The pledge is fulfilled, written off or cancelled.</summary>
    PledgeClosed,

    /// <summary>The gift is more than the pledge still owes.</summary>
    PledgeOverpaid,

    /// <summary>The ambassador named is not one of the campaign's.</summary>
    UnknownAmbassador,
}
