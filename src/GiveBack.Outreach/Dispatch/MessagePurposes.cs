using GiveBack.Domain.Consent;
using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Outreach.Dispatch;

/// <summary>
/// The consent purpose a donor message is sent for, from its <see cref="MessageKind"/>: every queued message has one,
/// so every producer's message is checked against the donor's consent without being told. Whatever is about something
/// the donor did (a gift's thank-you and receipt, a pledge's reminder, a failed payment) is <c>receipts</c>; an appeal
/// asks for money; a newsletter is news. Staff messages are not donor messages and are never checked.
/// </summary>
public static class MessagePurposes
{
    public static string Of(MessageKind kind) => kind switch
    {
        MessageKind.Appeal => ConsentPurposes.Appeals,
        MessageKind.Newsletter => ConsentPurposes.News,
        _ => ConsentPurposes.Receipts,
    };
}
