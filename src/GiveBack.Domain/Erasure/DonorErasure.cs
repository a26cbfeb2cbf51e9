namespace GiveBack.Domain.Erasure;

/// <summary>
/// One donor's erasure, as every module's step receives it. The personal values are handed over (never stored) so a
/// step can find them where they sit in free text — a processor's event payload, a message's rendered values — and not
/// only in the columns keyed by the donor's id. The donor's id stays as the pseudonym the ledger keeps amounts under.
/// </summary>
/// <param name="DonorId">The donor, and the pseudonym their amounts stay under.</param>
/// <param name="FirstName">The given name being erased.</param>
/// <param name="LastName">The family name being erased.</param>
/// <param name="Email">The e-mail address being erased, if the donor had one.</param>
/// <param name="ErasedAt">When the erasure was asked for.</param>
public sealed record DonorErasure(Guid DonorId, string FirstName, string LastName, string? Email, DateTimeOffset ErasedAt)
{
    /// <summary>The values a step must not leave behind in free text: the e-mail and the full name.</summary>
    public IReadOnlyList<string> PersonalValues =>
        [.. new[] { Email, $"{FirstName} {LastName}".Trim() }.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!)];
}
