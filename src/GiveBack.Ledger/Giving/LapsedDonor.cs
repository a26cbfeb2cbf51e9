namespace GiveBack.Ledger.Giving;

public sealed record LapsedDonor(Guid DonorId, string FirstName, string? Email);
