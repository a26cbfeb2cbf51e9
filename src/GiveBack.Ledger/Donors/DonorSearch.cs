using System.Globalization;

namespace GiveBack.Ledger.Donors;

/// <summary>
/// A donor list query: free text over name and email, an optional class year, and a page. <see cref="Among"/>, when
/// set, keeps only those donors: a list another module froze (a saved segment), handed over as ids so that giving never
/// reads that module's tables. <see cref="CountUpTo"/>, when set, counts the matches only that far (the total is then
/// at most one more): counting every match of a broad fragment is what cost the time (docs/benchmarks.md).
/// </summary>
public sealed record DonorSearch(
    string? Text, int? ClassYear, int Offset, int Limit, IReadOnlyCollection<Guid>? Among = null, int? CountUpTo = null)
{
    /// <summary>How far a search box counts: past this many matches a person types more rather than pages on.</summary>
    public const int TypedCountCap = 1_000;

    /// <summary>
    /// What a person typed into a donor search box: four digits are a class year ("2009"), anything else part of a
    /// name or an e-mail address. The donors page and the batch form's donor look-up read typing the same way.
    /// </summary>
    public static DonorSearch Typed(string? typed, int offset, int limit, IReadOnlyCollection<Guid>? among = null)
    {
        var text = typed?.Trim();
        int? classYear = text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
        return new DonorSearch(classYear is null && text is { Length: > 0 } ? text : null, classYear, offset, limit, among, TypedCountCap);
    }
}
