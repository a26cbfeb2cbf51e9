using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.GivingDays.Endpoints;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Matches;

/// <summary>
/// Sets up a match, for the API and the workspace alike: the request checked against the campaign (its currency) and
/// the sponsor's donor record, then stored under the id the caller's idempotency key gives it.
/// </summary>
public sealed class MatchDesk(IGrainFactory grains, CampaignMatches matches, TimeProvider clock)
{
    /// <summary>What creating the match did; null when the campaign does not exist.</summary>
    public async Task<MatchEdit?> CreateAsync(Guid campaignId, Guid matchId, MatchRequest request, CancellationToken cancellationToken = default)
    {
        if (await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinitionAsync() is not { } campaign)
        {
            return null;
        }

        var errors = new FieldErrors();
        var match = MatchValidation.Validate(request, matchId, campaignId, campaign.Currency, clock.GetUtcNow(), errors);
        if (match is not null && await grains.GetGrain<IDonorGrain>(match.SponsorDonorId).GetAsync() is null)
        {
            errors.Add("sponsorDonorId", $"No donor has the id {match.SponsorDonorId}.");
        }

        if (match is null || errors.Any)
        {
            return new MatchEdit(null, MatchOutcome.Invalid, errors);
        }

        var (stored, created) = await matches.CreateAsync(match, cancellationToken);
        var outcome = created ? MatchOutcome.Created
            : MatchValidation.SameTerms(stored, match) ? MatchOutcome.AlreadyCreated
            : MatchOutcome.KeyReused;
        return new MatchEdit(stored, outcome, errors);
    }
}
