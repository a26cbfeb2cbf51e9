namespace GiveBack.FaultHarness.Load;

/// <summary>A donor's lifetime giving as the API reports it.</summary>
internal sealed record DonorGivingSnapshot(long LifetimeAmount, int GiftCount);
