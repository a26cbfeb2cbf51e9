namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Everything about one donor's relationships: the household (with its joint giving), the spouse and employer links,
/// the soft credits received, and the donor's own hard and soft credit side by side.
/// </summary>
public sealed record DonorRelationshipsView(
    Guid DonorId,
    HouseholdView? Household,
    IReadOnlyList<DonorLinkView> Links,
    IReadOnlyList<SoftCreditView> SoftCredits,
    IReadOnlyList<CreditTotals> Credit);
