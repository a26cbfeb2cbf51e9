using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Eligibility;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// A challenge with its progress and, once unlocked, when, by which donor's gift (<see cref="UnlockedByGiftId"/>), and
/// the sponsor's gift that paid it (<see cref="UnlockGiftId"/>, null for the moment between the two).
/// </summary>
public sealed record ChallengeResponse(
    Guid Id,
    Guid CampaignId,
    Guid SponsorDonorId,
    string Kind,
    long Threshold,
    long UnlockAmount,
    string Currency,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    EligibilityRequest Eligibility,
    ChallengeProgressResponse Progress,
    DateTimeOffset? UnlockedAt,
    Guid? UnlockedByGiftId,
    Guid? UnlockedByDonorId,
    Guid? UnlockGiftId,
    DateTimeOffset CreatedAt)
{
    public static ChallengeResponse From(CampaignChallengeRecord challenge, long? alumniOfRecord)
    {
        var progress = ChallengeProgress.Of(challenge, alumniOfRecord);
        return new(
            challenge.Id,
            challenge.CampaignId,
            challenge.SponsorDonorId,
            challenge.Kind,
            challenge.Threshold,
            challenge.UnlockAmount,
            challenge.Currency,
            challenge.StartsAt,
            challenge.EndsAt,
            EligibilityRequest.Of(challenge),
            new ChallengeProgressResponse(progress.Donors, progress.Amount, challenge.Currency, progress.AlumniOfRecord, progress.Rate, progress.Current(challenge.Kind)),
            challenge.UnlockedAt,
            challenge.UnlockedByGiftId,
            challenge.UnlockedByDonorId,
            challenge.UnlockGiftId,
            challenge.CreatedAt);
    }
}
