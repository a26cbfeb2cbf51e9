namespace GiveBack.Ledger.Outreach;

/// <summary>A message as the dispatcher hands it to the kind's <see cref="IOutreachKindHandler"/>.</summary>
/// <param name="Id">The outreach row.</param>
/// <param name="Kind">The product's kind.</param>
/// <param name="Reference">What it is about, as the producer queued it.</param>
/// <param name="DonorId">The recipient.</param>
/// <param name="Language">The language it is written in.</param>
/// <param name="Values">The values it was rendered from.</param>
public sealed record QueuedMessage(long Id, string Kind, string Reference, Guid DonorId, string Language, OutreachValues Values);
