namespace GiveBack.Pledges.Store;

/// <summary>Which pledges to list: by donor, campaign and/or status, one page at a time.</summary>
public sealed record PledgeQuery(Guid? DonorId, Guid? CampaignId, string? Status, int Offset, int Limit);
