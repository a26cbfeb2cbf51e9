namespace GiveBack.Ledger.Outbox;

public sealed record DonorChanged(Guid DonorId, string FirstName, string LastName, string? Email, int? ClassYear, bool EmailOptOut = false);
