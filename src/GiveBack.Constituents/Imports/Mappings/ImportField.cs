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
    PledgeAmount,
    PledgeInstallments,
    PledgeFrequency,
    PledgeFirstDueOn,
    ActivityType,
    ActivityDate,
    ActivityDetail,
}
