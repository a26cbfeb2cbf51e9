namespace GiveBack.LoadHarness.Planning;

/// <summary>One gift the harness sends: its key and exact body bytes are kept so a retry is byte-for-byte the same request.</summary>
internal sealed record PlannedGift(string IdempotencyKey, int Campaign, int Donor, long Amount, byte[] Body);
