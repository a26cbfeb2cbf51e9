namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>
/// A message to send, already rendered by the host in the recipient's language from its templates: a channel
/// transports it (e-mail sends the subject and both bodies; an SMS gateway may send the text body only).
/// </summary>
/// <param name="MessageId">Unique per message and stable across retries: use it to dedupe.</param>
/// <param name="Kind">What the message is for.</param>
/// <param name="Recipient">The donor, with contact details and consent.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">The HTML body (every value in it is HTML-encoded by the host).</param>
/// <param name="Values">The values the message was rendered from, e.g. <c>amount</c>, <c>campaign</c>, <c>due_date</c>, formatted for display.</param>
/// <param name="Attachments">Files to attach, e.g. the receipt PDF of a thank-you; empty when there are none.</param>
public sealed record OutreachMessage(
    Guid MessageId,
    MessageKind Kind,
    OutreachRecipient Recipient,
    string Subject,
    string Text,
    string Html,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<OutreachAttachment> Attachments);
