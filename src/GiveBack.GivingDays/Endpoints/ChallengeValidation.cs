using GiveBack.Domain.Money;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Eligibility;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Endpoints;

internal static class ChallengeValidation
{
    /// <summary>More donors than a giving day could bring is a typing error.</summary>
    public const long MaxDonors = 100_000_000;

    /// <summary>The challenge the request describes, for the campaign's currency; null with <paramref name="errors"/> filled when it is not valid.</summary>
    public static CampaignChallengeRecord? Validate(
        ChallengeRequest request, Guid id, Guid campaignId, string currency, DateTimeOffset now, FieldErrors errors)
    {
        EligibilityValidation.CheckSponsorAndWindow(request.SponsorDonorId, request.StartsAt, request.EndsAt, errors);
        errors.Check(
            request.Kind is { } kind && ChallengeKind.All.Contains(kind),
            "kind",
            $"kind is required: {string.Join(", ", ChallengeKind.All.Select(k => $"'{k}'"))}.");
        errors.Check(
            request.Threshold is { } threshold && request.Kind switch
            {
                ChallengeKind.Amount => threshold is > 0 and <= GiftAmount.MaxMinorUnits * 100,
                ChallengeKind.Participation => threshold is > 0 and <= 100,
                _ => threshold is > 0 and <= MaxDonors,
            },
            "threshold",
            "threshold is required: a number of donors (donors, nthDonor), of minor units (amount), or a percentage from 1 to 100 (participation).");
        errors.Check(request.UnlockAmount is > 0 and <= GiftAmount.MaxMinorUnits, "unlockAmount", "unlockAmount is required: the sponsor's gift in minor units, a valid gift amount.");
        var (classYears, funds) = EligibilityValidation.Validate(request.Eligibility, errors);
        if (request.Kind == ChallengeKind.Participation && !errors.Has("eligibility.classYears"))
        {
            errors.Check(classYears.Length == 1, "eligibility.classYears", "A participation challenge names exactly one class year: the class whose alumni of record it counts.");
        }

        return errors.Any
            ? null
            : new CampaignChallengeRecord
            {
                Id = id,
                CampaignId = campaignId,
                SponsorDonorId = request.SponsorDonorId!.Value,
                Kind = request.Kind!,
                Threshold = request.Threshold!.Value,
                UnlockAmount = request.UnlockAmount!.Value,
                Currency = currency,
                StartsAt = request.StartsAt!.Value.ToUniversalTime(),
                EndsAt = request.EndsAt!.Value.ToUniversalTime(),
                ClassYears = classYears,
                Funds = funds,
                NewDonorsOnly = request.Eligibility?.NewDonorsOnly ?? false,
                FirstGiftOfDay = request.Eligibility?.FirstGiftOfDay ?? false,
                CreatedAt = now,
            };
    }

    /// <summary>Whether a stored challenge is what a retried request describes (the same idempotency key must mean the same challenge).</summary>
    public static bool SameTerms(CampaignChallengeRecord stored, CampaignChallengeRecord requested) =>
        stored.CampaignId == requested.CampaignId
        && stored.SponsorDonorId == requested.SponsorDonorId
        && stored.Kind == requested.Kind
        && stored.Threshold == requested.Threshold
        && stored.UnlockAmount == requested.UnlockAmount
        && stored.StartsAt == requested.StartsAt
        && stored.EndsAt == requested.EndsAt
        && EligibilityValidation.SameTerms(stored, requested);
}
