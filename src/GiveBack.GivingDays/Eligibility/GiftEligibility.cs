using GiveBack.Ledger.Gifts;

namespace GiveBack.GivingDays.Eligibility;

/// <summary>
/// Whether a booked gift is one a sponsor's offer covers: not the sponsor's own, in the offer's currency, of a listed
/// class year and fund, from a new donor and the donor's first gift of the day when the offer asks. The ledger's order,
/// not the clock, decides "new" and "first" (read through <see cref="LedgerReader"/>); the cheap checks run first so a
/// gift that fails them costs no query.
/// </summary>
public sealed class GiftEligibility(LedgerReader ledger)
{
    /// <summary>A gift GiveBack booked from a sponsor (a match's or a challenge's): never matched or counted itself, or one offer would feed another.</summary>
    public static bool IsSponsorGift(LedgerEntry entry) => entry.Source is GiftSources.Match or GiftSources.Challenge;

    public async Task<bool> EligibleAsync(IEligibilityTerms terms, LedgerEntry gift, CancellationToken cancellationToken = default) =>
        terms.SponsorDonorId != gift.DonorId
        && terms.Currency == gift.Currency
        && (terms.ClassYears.Length == 0 || (gift.ClassYear is { } year && terms.ClassYears.Contains(year)))
        && (terms.Funds.Length == 0 || (gift.Fund is { } fund && terms.Funds.Contains(fund, StringComparer.OrdinalIgnoreCase)))
        && (!terms.FirstGiftOfDay || !await ledger.GaveEarlierThatDayAsync(gift, cancellationToken))
        && (!terms.NewDonorsOnly || !await ledger.GaveBeforeAsync(gift, cancellationToken));
}
