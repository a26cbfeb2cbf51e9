namespace GiveBack.Api.Apis;

/// <summary>
/// Where a campaign's grain is active (the silo's endpoint, "ip:port"; null when it is active nowhere) and the silos the
/// cluster counts as active, as this host sees them.
/// </summary>
public sealed record CampaignPlacementResponse(Guid CampaignId, string? Silo, IReadOnlyList<string> ActiveSilos);
