namespace GiveBack.Pledges.Store;

/// <summary>
/// An installment a job acts on, with what its message needs. Consent is not looked at here: the outreach dispatcher
/// applies it when it sends, and records an opted-out donor's message as such.
/// </summary>
public sealed record DueInstallment(
    Guid PledgeId, int Number, DateOnly DueOn, long OwedAmount, string Currency, Guid DonorId, string CampaignName);
