using System.Globalization;

namespace GiveBack.Payments.Statements;

/// <summary>The days a giving statement covers, both included: a calendar year (a tax year in the US and France) or any range.</summary>
public sealed record StatementPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest range a statement covers: ten years of gifts is a donor's history, not a statement.</summary>
    public const int MaxDays = 3660;

    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    public static StatementPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>
    /// The period's name in the keys that make a statement once per donor and period (<c>2026-01-01..2026-12-31</c>), and
    /// in file names.
    /// </summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");

    /// <summary>The file a statement of this period downloads as.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"statement-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}.pdf");

    /// <summary>Reads a <see cref="Key"/> back; null when it is not one.</summary>
    public static StatementPeriod? FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split("..");
        return parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
                ? new StatementPeriod(from, to)
                : null;
    }
}
