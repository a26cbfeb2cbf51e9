namespace GiveBack.Workspace.Donors;

/// <summary>What happened to a donor, one line of their timeline.</summary>
/// <param name="Day">The day it happened (a gift's received-on day, an activity's day): the timeline's first order.</param>
/// <param name="At">When it was written down: the order within a day.</param>
/// <param name="Kind">Which kind of event: one of <see cref="TimelineKinds"/>.</param>
/// <param name="Amount">A gift's or reversal's amount in minor units, with <paramref name="Currency"/>; otherwise null.</param>
/// <param name="Currency">The ISO currency of <paramref name="Amount"/>.</param>
/// <param name="Summary">The module's own words for it (a fund, an activity type, "from → to"): shown as they are.</param>
/// <param name="ReceiptMessageId">
/// A message that carries a gift's receipt (the thank-you, or a replacement after a refund): the outreach message staff
/// may send again when a donor asks for their receipt. Null for everything else.
/// </param>
public sealed record TimelineEntry(
    DateOnly Day,
    DateTimeOffset At,
    string Kind,
    long? Amount,
    string? Currency,
    string? Summary,
    long? ReceiptMessageId = null);

public static class TimelineKinds
{
    public const string Gift = "gift";
    public const string Reversal = "reversal";
    public const string Activity = "activity";
    public const string StageChange = "stage-change";
    public const string Pledge = "pledge";
    public const string Message = "message";
    public const string RecurringGift = "recurring-gift";
    public const string RecurringGiftCanceled = "recurring-gift-canceled";
}
