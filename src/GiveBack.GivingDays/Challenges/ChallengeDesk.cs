using GiveBack.GivingDays.Endpoints;
using GiveBack.GivingDays.Setup;

namespace GiveBack.GivingDays.Challenges;

/// <summary>Sets up a challenge, for the API and the workspace alike (<see cref="SetupDesk"/>), under the id its idempotency key gives it.</summary>
public sealed class ChallengeDesk(SetupDesk desk, CampaignChallenges challenges)
{
    public Task<SetupEdit<CampaignChallengeRecord>?> CreateAsync(
        Guid campaignId, Guid challengeId, ChallengeRequest request, CancellationToken cancellationToken = default) =>
        desk.CreateAsync(
            campaignId,
            new SetupSteps<CampaignChallengeRecord>(
                (campaign, now, errors) => ChallengeValidation.Validate(request, challengeId, campaignId, campaign.Currency, now, errors),
                c => c.SponsorDonorId,
                "sponsorDonorId",
                (c, ct) => challenges.CreateAsync(c, ct),
                ChallengeValidation.SameTerms),
            cancellationToken);
}
