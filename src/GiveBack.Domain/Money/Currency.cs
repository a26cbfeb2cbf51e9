using System.Collections.Frozen;

namespace GiveBack.Domain.Money;

/// <summary>ISO 4217 currency codes GiveBack accepts, with the number of minor-unit digits of each.</summary>
public static class Currency
{
    // The currencies an institution can plausibly receive gifts in; the digit count matters for display and receipts.
    private static readonly FrozenDictionary<string, int> MinorUnitDigits = new Dictionary<string, int>
    {
        ["AED"] = 2, ["AUD"] = 2, ["BGN"] = 2, ["BRL"] = 2, ["CAD"] = 2, ["CHF"] = 2, ["CLP"] = 0, ["CNY"] = 2,
        ["CZK"] = 2, ["DKK"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["HKD"] = 2, ["HUF"] = 2, ["IDR"] = 2, ["ILS"] = 2,
        ["INR"] = 2, ["ISK"] = 0, ["JPY"] = 0, ["KRW"] = 0, ["MAD"] = 2, ["MXN"] = 2, ["MYR"] = 2, ["NOK"] = 2,
        ["NZD"] = 2, ["PHP"] = 2, ["PLN"] = 2, ["RON"] = 2, ["SEK"] = 2, ["SGD"] = 2, ["THB"] = 2, ["TND"] = 3,
        ["TRY"] = 2, ["USD"] = 2, ["XAF"] = 0, ["XOF"] = 0, ["ZAR"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The upper-case code when <paramref name="code"/> names a supported currency.</summary>
    public static bool TryNormalize(string? code, out string normalized)
    {
        normalized = code?.Trim().ToUpperInvariant() ?? string.Empty;
        return normalized.Length == 3 && MinorUnitDigits.ContainsKey(normalized);
    }

    public static int MinorDigitsOf(string code) => MinorUnitDigits[code];

    public static IReadOnlyCollection<string> Codes => MinorUnitDigits.Keys;
}
