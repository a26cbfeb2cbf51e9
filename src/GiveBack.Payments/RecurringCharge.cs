namespace GiveBack.Payments;

/// <summary>
/// One billing cycle of a monthly gift: paid (with the gift it booked and the campaign it went to) or failed (with
/// why). <paramref name="NeedsAttention"/>: paid while its campaign was closed and no open fallback took it.
/// </summary>
public sealed record RecurringCharge(
    string InvoiceId, string Outcome, long Amount, Guid? GiftId, DateTimeOffset At, string? Message, Guid? CampaignId, bool NeedsAttention);
