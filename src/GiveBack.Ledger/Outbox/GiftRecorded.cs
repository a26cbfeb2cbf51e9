namespace GiveBack.Ledger.Outbox;

public sealed record GiftRecorded(
    Guid GiftId, Guid DonorId, Guid CampaignId, long Amount, string Currency, DateOnly ReceivedOn, string Method,
    string? Fund, bool Anonymous, string Source);
