namespace GiveBack.Ledger.Donors;

/// <summary>
/// A donor list query: free text over name and email, an optional class year, and a page. <see cref="Among"/>, when
/// set, keeps only those donors: a list another module froze (a saved segment), handed over as ids so that giving never
/// reads that module's tables.
/// </summary>
public sealed record DonorSearch(string? Text, int? ClassYear, int Offset, int Limit, IReadOnlyCollection<Guid>? Among = null);
