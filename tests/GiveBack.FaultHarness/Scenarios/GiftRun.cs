using GiveBack.FaultHarness.Load;

namespace GiveBack.FaultHarness.Scenarios;

/// <summary>A scenario's own campaign and donors, the gifts planned for them and the load sending them.</summary>
internal sealed record GiftRun(Guid CampaignId, Guid[] DonorIds, GiftLoad Load);
