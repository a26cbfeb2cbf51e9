using GiveBack.Giving.Endpoints.Gifts;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Eligibility;

/// <summary>The one check of an offer's eligibility, for matches and challenges alike.</summary>
internal static class EligibilityValidation
{
    public const int MaxListLength = 100;
    public const int EarliestClassYear = 1900;
    public const int LatestClassYear = 2200;

    /// <summary>The class years (distinct, in order) and funds (trimmed, distinct) the request names; <paramref name="errors"/> names what is wrong.</summary>
    public static (int[] ClassYears, string[] Funds) Validate(EligibilityRequest? request, FieldErrors errors)
    {
        var classYears = request?.ClassYears ?? [];
        errors.Check(
            classYears.Count <= MaxListLength && classYears.All(y => y is >= EarliestClassYear and <= LatestClassYear),
            "eligibility.classYears",
            $"eligibility.classYears, when given, lists at most {MaxListLength} years from {EarliestClassYear} to {LatestClassYear}.");
        var funds = (request?.Funds ?? []).Select(f => f?.Trim() ?? string.Empty).ToList();
        errors.Check(
            funds.Count <= MaxListLength && funds.All(f => f.Length is > 0 and <= GiftValidation.MaxFundLength),
            "eligibility.funds",
            $"eligibility.funds, when given, lists at most {MaxListLength} fund names of 1 to {GiftValidation.MaxFundLength} characters.");
        return ([.. classYears.Distinct().Order()], [.. funds.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Whether two offers' terms cover the same gifts (a retried request must describe the stored offer).</summary>
    public static bool SameTerms(IEligibilityTerms stored, IEligibilityTerms requested) =>
        stored.ClassYears.SequenceEqual(requested.ClassYears)
        && stored.Funds.SequenceEqual(requested.Funds)
        && stored.NewDonorsOnly == requested.NewDonorsOnly
        && stored.FirstGiftOfDay == requested.FirstGiftOfDay;

    /// <summary>What every sponsor's offer names: the sponsor's donor record and a window (start included, end excluded).</summary>
    public static void CheckSponsorAndWindow(Guid? sponsorDonorId, DateTimeOffset? startsAt, DateTimeOffset? endsAt, FieldErrors errors)
    {
        errors.Check(sponsorDonorId is { } sponsor && sponsor != Guid.Empty, "sponsorDonorId", "sponsorDonorId is required: the id of the sponsor's donor record.");
        errors.Check(startsAt is not null, "startsAt", "startsAt is required: an instant with its offset (e.g. 2026-03-04T00:00:00-05:00).");
        errors.Check(endsAt is not null, "endsAt", "endsAt is required: an instant with its offset (e.g. 2026-03-05T00:00:00-05:00).");
        errors.Check(startsAt is null || endsAt is null || endsAt > startsAt, "endsAt", "endsAt must be after startsAt.");
    }
}
