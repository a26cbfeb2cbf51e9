using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Campaigns;

/// <summary>
/// What creating or changing a campaign did: <see cref="Errors"/> when the request was refused before reaching the
/// grain (then <see cref="Outcome"/> is null), else the grain's outcome and the campaign as it now is.
/// </summary>
public sealed record CampaignEdit(CreateOutcome? Outcome, CampaignView? Campaign, FieldErrors Errors)
{
    public bool Invalid => Outcome is null;
}
