namespace GiveBack.FaultHarness.Scenarios;

/// <summary><c>GET /api/v1/admin/cluster/campaigns/{id}</c>: where the campaign's grain is active and the active silos.</summary>
internal sealed record Placement(Guid CampaignId, string? Silo, string[] ActiveSilos);
