using GiveBack.GivingDays.Eligibility;
using GiveBack.GivingDays.Matches;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>A match with what it has given so far and what remains of its cap, in minor units of <see cref="Currency"/>.</summary>
public sealed record MatchResponse(
    Guid Id,
    Guid CampaignId,
    Guid SponsorDonorId,
    decimal Ratio,
    string Per,
    long CapAmount,
    long MatchedAmount,
    long RemainingAmount,
    string Currency,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    EligibilityRequest Eligibility,
    DateTimeOffset CreatedAt)
{
    public static MatchResponse From(CampaignMatchRecord match) => new(
        match.Id,
        match.CampaignId,
        match.SponsorDonorId,
        match.Ratio,
        match.Per,
        match.CapAmount,
        match.MatchedAmount,
        match.CapAmount - match.MatchedAmount,
        match.Currency,
        match.StartsAt,
        match.EndsAt,
        EligibilityRequest.Of(match),
        match.CreatedAt);
}
