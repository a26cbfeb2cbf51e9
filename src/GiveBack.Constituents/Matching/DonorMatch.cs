namespace GiveBack.Constituents.Matching;

/// <summary>
/// A known donor a candidate may be: <see cref="Score"/> from 0 to 1, <see cref="Reasons"/> in words staff read.
/// <see cref="IsSamePerson"/>: the same e-mail and the same name, which the giving page and an import attach to
/// that donor without asking.
/// </summary>
public sealed record DonorMatch(Guid DonorId, string FirstName, string LastName, string? Email, double Score, IReadOnlyList<string> Reasons, bool IsSamePerson);
