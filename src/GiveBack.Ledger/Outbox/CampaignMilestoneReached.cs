namespace GiveBack.Ledger.Outbox;

/// <summary>A campaign opened (its start date arrived) or closed (its end date passed).</summary>
public sealed record CampaignMilestoneReached(Guid CampaignId, string Name, string Milestone);
