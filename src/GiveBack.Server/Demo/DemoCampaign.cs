using GiveBack.Grains.Abstractions.Campaigns;

namespace GiveBack.Server.Demo;

internal sealed record DemoCampaign(Guid Id, CampaignDefinition Definition);
