namespace GiveBack.Ledger.Donors;

/// <summary>
/// Two donors a matcher takes to be perhaps one person, with its score and reasons (<see cref="PossibleDuplicates"/>);
/// <c>Reason</c> is the single line the older list shows (the reasons joined when null).
/// </summary>
public sealed record PossibleDuplicate(DonorRecord First, DonorRecord Second, double Score, IReadOnlyList<string> Reasons, string? Reason = null);
