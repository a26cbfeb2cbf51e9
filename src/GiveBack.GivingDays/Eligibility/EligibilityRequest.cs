namespace GiveBack.GivingDays.Eligibility;

/// <summary>
/// Which gifts a match or a challenge covers, as the API reads and shows it: donors of these class years, gifts to
/// these funds, donors giving for the first time, the donor's first gift to the campaign that day. An empty or absent
/// list means every class year (or fund).
/// </summary>
public sealed record EligibilityRequest(IReadOnlyList<int>? ClassYears, IReadOnlyList<string>? Funds, bool? NewDonorsOnly, bool? FirstGiftOfDay)
{
    public static EligibilityRequest Of(IEligibilityTerms terms) => new(terms.ClassYears, terms.Funds, terms.NewDonorsOnly, terms.FirstGiftOfDay);
}
