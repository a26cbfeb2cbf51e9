namespace GiveBack.Ledger.Outbox;

public sealed record GiftReversed(
    Guid ReversalId, Guid GiftId, Guid DonorId, Guid CampaignId, long Amount, string Currency, string Reason);
