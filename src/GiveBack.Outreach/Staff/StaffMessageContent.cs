using GiveBack.Ledger.Outreach;

namespace GiveBack.Outreach.Staff;

/// <summary>What a message to staff says to whom, made at sending: the person's name and the values the row never held.</summary>
/// <param name="Name">The person's name as the account has it now (<c>{first_name}</c> in the templates).</param>
/// <param name="Values">Values added to the stored ones for this attempt only (a password-reset link).</param>
public sealed record StaffMessageContent(string Name, OutreachValues Values);
