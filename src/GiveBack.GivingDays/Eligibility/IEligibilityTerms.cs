namespace GiveBack.GivingDays.Eligibility;

/// <summary>
/// What a sponsor's offer (a match, a challenge) says about the gifts it covers; <see cref="GiftEligibility"/> is the
/// one reading of it, so a match and a challenge with the same terms always take the same gifts.
/// </summary>
public interface IEligibilityTerms
{
    Guid SponsorDonorId { get; }

    string Currency { get; }

    /// <summary>Empty: every class year (and donors without one).</summary>
    int[] ClassYears { get; }

    /// <summary>Empty: every fund (and gifts without one).</summary>
    string[] Funds { get; }

    /// <summary>Only donors with no earlier gift in the ledger.</summary>
    bool NewDonorsOnly { get; }

    /// <summary>Only the donor's first gift to the campaign on the gift's received date.</summary>
    bool FirstGiftOfDay { get; }
}
