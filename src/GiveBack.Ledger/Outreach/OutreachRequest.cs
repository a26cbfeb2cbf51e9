using GiveBack.Plugins.Abstractions.Outreach;

namespace GiveBack.Ledger.Outreach;

/// <summary>A message a module wants sent to a donor; the outreach module words it, picks the channel and sends it.</summary>
/// <param name="Kind">The product's kind, which names the templates and the handler (<c>pledge-reminder</c>).</param>
/// <param name="Reference">What the message is about, unique per kind (<c>{pledgeId}:{number}</c>, a gift id).</param>
/// <param name="DonorId">The recipient.</param>
/// <param name="MessageKind">What the channel is told the message is for.</param>
/// <param name="Values">The typed values the templates use.</param>
/// <param name="Language">The language to write in (<c>en</c>, <c>fr</c>); null: the donor's, when it is sent.</param>
public sealed record OutreachRequest(
    string Kind, string Reference, Guid DonorId, MessageKind MessageKind, OutreachValues Values, string? Language = null);
