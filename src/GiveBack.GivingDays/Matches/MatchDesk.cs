using GiveBack.GivingDays.Endpoints;
using GiveBack.GivingDays.Setup;

namespace GiveBack.GivingDays.Matches;

/// <summary>Sets up a match, for the API and the workspace alike (<see cref="SetupDesk"/>), under the id its idempotency key gives it.</summary>
public sealed class MatchDesk(SetupDesk desk, CampaignMatches matches)
{
    public Task<SetupEdit<CampaignMatchRecord>?> CreateAsync(Guid campaignId, Guid matchId, MatchRequest request, CancellationToken cancellationToken = default) =>
        desk.CreateAsync(
            campaignId,
            new SetupSteps<CampaignMatchRecord>(
                (campaign, now, errors) => MatchValidation.Validate(request, matchId, campaignId, campaign.Currency, now, errors),
                m => m.SponsorDonorId,
                "sponsorDonorId",
                (m, ct) => matches.CreateAsync(m, ct),
                MatchValidation.SameTerms),
            cancellationToken);
}
