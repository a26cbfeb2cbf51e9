namespace GiveBack.Ledger.Outbox;

public sealed record PledgeChanged(
    Guid PledgeId, Guid DonorId, Guid CampaignId, string Change, long Amount, string Currency, string? Reason);
