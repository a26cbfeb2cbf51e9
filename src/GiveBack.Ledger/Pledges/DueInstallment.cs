namespace GiveBack.Ledger.Pledges;

/// <summary>An installment a job acts on, with what the message to the donor needs; no email when the donor opted out.</summary>
public sealed record DueInstallment(
    Guid PledgeId, int Number, DateOnly DueOn, long OwedAmount, string Currency, Guid DonorId, string FirstName, string? Email);
