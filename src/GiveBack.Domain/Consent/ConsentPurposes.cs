namespace GiveBack.Domain.Consent;

/// <summary>
/// What a donor may be contacted for. <see cref="Receipts"/> is transactional: a gift's own thank-you and receipt go
/// out unless the donor opted out of e-mail altogether, whatever else they said, so it is shown but never recorded.
/// The others are asked and recorded per channel.
/// </summary>
public static class ConsentPurposes
{
    /// <summary>A gift's thank-you and receipt, a pledge's reminder, a failed payment's notice: about something the donor did.</summary>
    public const string Receipts = "receipts";

    /// <summary>Fundraising asks: appeals, giving-day messages.</summary>
    public const string Appeals = "appeals";

    /// <summary>Newsletters and news of the institution.</summary>
    public const string News = "news";

    /// <summary>Invitations to events.</summary>
    public const string Events = "events";

    public static IReadOnlyList<string> All { get; } = [Receipts, Appeals, News, Events];

    /// <summary>The purposes a donor says yes or no to (every one but <see cref="Receipts"/>).</summary>
    public static IReadOnlyList<string> Recordable { get; } = [Appeals, News, Events];

    /// <summary>What the giving page's "keep me informed about news and appeals" box answers for.</summary>
    public static IReadOnlyList<string> KeepInformed { get; } = [Appeals, News];
}
