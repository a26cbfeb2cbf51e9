namespace GiveBack.Grains.Payments;

/// <summary>One billing cycle of a monthly gift: paid (with the gift it booked) or failed (with why).</summary>
public sealed record RecurringCharge(string InvoiceId, string Outcome, long Amount, Guid? GiftId, DateTimeOffset At, string? Message);
