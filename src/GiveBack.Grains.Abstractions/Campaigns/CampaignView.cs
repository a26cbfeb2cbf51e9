using GiveBack.Domain.Campaigns;

namespace GiveBack.Grains.Abstractions.Campaigns;

[GenerateSerializer, Immutable, Alias("giveback.campaign-view")]
public sealed record CampaignView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] CampaignDefinition Definition,
    [property: Id(2)] CampaignProgress Progress,
    [property: Id(3)] DateTimeOffset CreatedAt);
