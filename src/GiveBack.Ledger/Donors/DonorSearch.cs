namespace GiveBack.Ledger.Donors;

/// <summary>A donor list query: free text over name and email, an optional class year, and a page.</summary>
public sealed record DonorSearch(string? Text, int? ClassYear, int Offset, int Limit);
