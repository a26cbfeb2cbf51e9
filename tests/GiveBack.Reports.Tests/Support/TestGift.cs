namespace GiveBack.Reports.Tests.Support;

/// <summary>A gift as the test wrote it, in insertion order; <see cref="Reversed"/> when a reversal was booked for it.</summary>
public sealed record TestGift(
    int Order, Guid Id, Guid DonorId, Guid CampaignId, long Amount, string Currency, DateOnly ReceivedOn, bool Reversed);
