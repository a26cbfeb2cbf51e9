namespace GiveBack.Plugins.Abstractions.Outreach;

/// <summary>A message to send: the channel renders its template for the kind and language from these values.</summary>
/// <param name="MessageId">Unique per message and stable across retries: use it to dedupe.</param>
/// <param name="Kind">What the message is for; selects the template.</param>
/// <param name="Recipient">The donor, with contact details and consent.</param>
/// <param name="Values">Template values, e.g. <c>amount</c>, <c>campaign</c>, <c>due_date</c>, already formatted for display.</param>
public sealed record OutreachMessage(Guid MessageId, MessageKind Kind, OutreachRecipient Recipient, IReadOnlyDictionary<string, string> Values);
