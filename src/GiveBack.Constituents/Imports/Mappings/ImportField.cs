namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>What a source column can feed: the donor, a gift, a pledge or an activity (the generic file's column names in brackets).</summary>
public enum ImportField
{
    DonorKey,
    FirstName,
    LastName,
    Email,
    ClassYear,
    GiftKey,
    Amount,
    Currency,
    GiftDate,
    Campaign,
    Method,
    Fund,
    Reference,
    GiftStatus,

    /// <summary>The gift's amount as an integer of minor units (cents), as GiveBack's export writes it.</summary>
    AmountMinor,

    /// <summary><c>gift</c> or <c>reversal</c>: a reversal row books a reversing entry of the gift it names.</summary>
    GiftKind,

    /// <summary>The source's id of the gift a reversal reverses (that gift's row must have been imported before).</summary>
    ReversesGift,

    /// <summary>Why a gift was reversed.</summary>
    ReversalReason,

    /// <summary>The source's id of the campaign; a UUID is kept as the campaign's id when the import creates it.</summary>
    CampaignKey,
    PledgeAmount,
    PledgeInstallments,
    PledgeFrequency,
    PledgeFirstDueOn,
    ActivityType,
    ActivityDate,
    ActivityDetail,

    /// <summary>The pledge's total as an integer of minor units, as GiveBack's <c>pledges.csv</c> writes it.</summary>
    PledgeAmountMinor,

    /// <summary>
    /// The source's id of a pledge: on a pledge's row, the pledge's own id (a UUID is kept); on a gift's row, the pledge
    /// the gift pays (that pledge's row must have been imported before).
    /// </summary>
    PledgeKey,

    /// <summary>The source's id of an activity; a UUID is kept as the activity's id.</summary>
    ActivityKey,
}
