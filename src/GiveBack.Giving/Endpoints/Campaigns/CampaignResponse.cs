using GiveBack.Domain.Campaigns;
using GiveBack.Grains.Abstractions.Campaigns;

namespace GiveBack.Giving.Endpoints.Campaigns;

public sealed record CampaignResponse(
    Guid Id,
    string Name,
    string Slug,
    string Currency,
    long GoalAmount,
    DateOnly StartsOn,
    DateOnly EndsOn,
    CampaignProgress Progress,
    DateTimeOffset CreatedAt,
    int? DonorGoal)
{
    public static CampaignResponse From(CampaignView campaign) => new(
        campaign.Id, campaign.Definition.Name, campaign.Definition.Slug, campaign.Definition.Currency,
        campaign.Definition.GoalAmount, campaign.Definition.StartsOn, campaign.Definition.EndsOn, campaign.Progress,
        campaign.CreatedAt, campaign.Definition.DonorGoal);
}
