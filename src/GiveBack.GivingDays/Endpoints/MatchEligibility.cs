namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// Which gifts a match covers: donors of these class years, gifts to these funds, donors giving for the first time.
/// An empty or absent list means every class year (or fund).
/// </summary>
public sealed record MatchEligibility(IReadOnlyList<int>? ClassYears, IReadOnlyList<string>? Funds, bool? NewDonorsOnly);
