using GiveBack.Domain.Money;
using GiveBack.GivingDays.Eligibility;
using GiveBack.GivingDays.Matches;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Endpoints;

internal static class MatchValidation
{
    /// <summary>A sponsor giving more than a hundred times each gift is a typing error, not a match.</summary>
    public const decimal MaxRatio = 100m;
    public const int MaxRatioDecimals = 4;

    /// <summary>The match the request describes, for the campaign's currency; null with <paramref name="errors"/> filled when it is not valid.</summary>
    public static CampaignMatchRecord? Validate(
        MatchRequest request, Guid id, Guid campaignId, string currency, DateTimeOffset now, FieldErrors errors)
    {
        EligibilityValidation.CheckSponsorAndWindow(request.SponsorDonorId, request.StartsAt, request.EndsAt, errors);
        errors.Check(
            request.Ratio is > 0m and <= MaxRatio && decimal.Round(request.Ratio.Value, MaxRatioDecimals) == request.Ratio.Value,
            "ratio",
            $"ratio is required: a number above 0 and at most {MaxRatio} with at most {MaxRatioDecimals} decimals (1.0 matches a gift one for one).");
        errors.Check(request.Per is MatchPer.Amount or MatchPer.Donor, "per", $"per is required: '{MatchPer.Amount}' or '{MatchPer.Donor}'.");
        errors.Check(request.CapAmount is > 0 and <= GiftAmount.MaxMinorUnits * 100, "capAmount", "capAmount is required: a positive whole number of minor units.");
        var (classYears, funds) = EligibilityValidation.Validate(request.Eligibility, errors);
        return errors.Any
            ? null
            : new CampaignMatchRecord
            {
                Id = id,
                CampaignId = campaignId,
                SponsorDonorId = request.SponsorDonorId!.Value,
                Ratio = request.Ratio!.Value,
                Per = request.Per!,
                CapAmount = request.CapAmount!.Value,
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

    /// <summary>Whether a stored match is what a retried request describes (the same idempotency key must mean the same match).</summary>
    public static bool SameTerms(CampaignMatchRecord stored, CampaignMatchRecord requested) =>
        stored.CampaignId == requested.CampaignId
        && stored.SponsorDonorId == requested.SponsorDonorId
        && stored.Ratio == requested.Ratio
        && stored.Per == requested.Per
        && stored.CapAmount == requested.CapAmount
        && stored.StartsAt == requested.StartsAt
        && stored.EndsAt == requested.EndsAt
        && EligibilityValidation.SameTerms(stored, requested);
}
