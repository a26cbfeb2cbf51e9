namespace GiveBack.Ledger.Donors;

/// <summary>
/// The keys a large batch is matched by (<see cref="DonorDirectory.BlockCandidatesAsync"/>), written once for the query
/// and for the code that groups its answer: a name folded to lower case, and its first letter. They agree with
/// PostgreSQL's <c>lower()</c> and <c>left(…, 1)</c>, which the blocking indexes are built on.
/// </summary>
public static class MatchingBlockKeys
{
    public static string Lower(string? value) => (value ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>The first letter (a whole character, even outside the basic plane); empty for no name.</summary>
    public static string Initial(string? value)
    {
        var lower = Lower(value);
        if (lower.Length == 0)
        {
            return string.Empty;
        }

        return char.IsHighSurrogate(lower[0]) && lower.Length > 1 ? lower[..2] : lower[..1];
    }
}
