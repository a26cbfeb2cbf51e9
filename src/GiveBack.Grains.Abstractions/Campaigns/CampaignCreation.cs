namespace GiveBack.Grains.Abstractions.Campaigns;

[GenerateSerializer, Immutable, Alias("giveback.campaign-creation")]
public sealed record CampaignCreation([property: Id(0)] CreateOutcome Outcome, [property: Id(1)] CampaignView? Campaign);
