namespace GiveBack.Payments.GivingPage;

/// <summary>What a self-service token says: its status and, when valid, the monthly gift it names.</summary>
public readonly record struct MonthlyGiftLink(MonthlyGiftLinkStatus Status, Guid RecurringGiftId);
