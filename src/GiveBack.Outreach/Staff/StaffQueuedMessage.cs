using GiveBack.Ledger.Outreach;

namespace GiveBack.Outreach.Staff;

/// <summary>A message to staff as the dispatcher hands it to its kind's <see cref="IStaffOutreachKindHandler"/> at sending.</summary>
/// <param name="Id">The outreach row.</param>
/// <param name="Kind">The product's kind.</param>
/// <param name="Reference">What it is about, as the producer queued it.</param>
/// <param name="Email">The staff address it goes to.</param>
/// <param name="Language">The language it is written in.</param>
/// <param name="Values">The values stored with it.</param>
public sealed record StaffQueuedMessage(long Id, string Kind, string Reference, string Email, string Language, OutreachValues Values);
