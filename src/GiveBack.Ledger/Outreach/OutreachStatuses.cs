namespace GiveBack.Ledger.Outreach;

/// <summary>What became of a queued message (the <c>status</c> column).</summary>
public static class OutreachStatuses
{
    /// <summary>Waiting for a dispatcher (new, or put back by a resend).</summary>
    public const string Queued = "queued";

    /// <summary>A channel accepted it.</summary>
    public const string Sent = "sent";

    /// <summary>The last attempt failed; it is retried at <c>next_attempt_at</c>.</summary>
    public const string Failed = "failed";

    /// <summary>Nothing was sent: the donor consented to no channel (or the channel said so).</summary>
    public const string OptedOut = "opted-out";

    /// <summary>Nothing was sent: no channel the donor consented to is offered by a ready plugin, or has the donor's address.</summary>
    public const string NoChannel = "no-channel";

    /// <summary>Failed on every attempt up to the limit (or can never be sent); only a resend tries again.</summary>
    public const string Dead = "dead";

    /// <summary>Nothing was sent: the module that queued it took it back before any channel had it (e.g. a thank-you for a gift refunded meanwhile).</summary>
    public const string Withdrawn = "withdrawn";

    public static IReadOnlyList<string> All { get; } = [Queued, Sent, Failed, OptedOut, NoChannel, Dead, Withdrawn];
}
