namespace GiveBack.LoadHarness.Api;

/// <summary>The parts of <c>GET /api/v1/campaigns/{id}</c> the harness checks.</summary>
internal sealed record CampaignSnapshot(Guid Id, string Slug, ProgressSnapshot Progress);
