namespace GiveBack.FaultHarness.Load;

/// <summary>The parts of <c>GET /api/v1/donors/{id}</c> the harness checks: the donor grain's giving summary.</summary>
internal sealed record DonorSnapshot(Guid Id, DonorGivingSnapshot Giving);
