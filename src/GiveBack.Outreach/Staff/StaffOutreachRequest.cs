using GiveBack.Ledger.Outreach;

namespace GiveBack.Outreach.Staff;

/// <summary>
/// An account message a module wants sent to a member of staff (a password reset): to an address rather than a donor,
/// always by e-mail (it is the account's own business, not outreach a donor consents to), in the language asked for.
/// </summary>
/// <param name="Kind">Names the templates and the <see cref="IStaffOutreachKindHandler"/> (<c>staff-password-reset</c>).</param>
/// <param name="Reference">Unique per kind, so that asking twice for the same thing queues it once.</param>
/// <param name="Email">The staff address it goes to.</param>
/// <param name="Language">The language to write in (<c>en</c>, <c>fr</c>).</param>
/// <param name="Values">Values known and safe to keep when it is queued; secrets come at sending, from the kind's handler.</param>
public sealed record StaffOutreachRequest(string Kind, string Reference, string Email, string Language, OutreachValues Values);
