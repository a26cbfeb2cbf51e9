namespace GiveBack.Payments.Stripe.Statements;

/// <summary>
/// Whose gifts a statement lists and how it addresses them: one donor, or several giving together (a household, whose
/// salutation is its <paramref name="DisplayName"/>), and the language its labels are printed in (<c>en</c>, <c>fr</c>).
/// <paramref name="Household"/> heads the statement "Household" rather than "Donor".
/// </summary>
public sealed record StatementHolder(IReadOnlyCollection<Guid> DonorIds, string DisplayName, string Language, bool Household = false);
