namespace GiveBack.Ledger.Campaigns;

public sealed record CampaignMilestone(Guid CampaignId, string Name, string Milestone);
