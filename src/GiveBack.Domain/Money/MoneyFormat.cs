using System.Globalization;

namespace GiveBack.Domain.Money;

/// <summary>
/// The one way GiveBack writes an amount for people (e-mails, receipts, the giving page): whole minor units and an ISO
/// 4217 code, turned into a decimal (never a double) with the currency's own number of digits, then laid out by the
/// culture — <c>€1,234.50</c> in English, <c>1 234,50 €</c> in French. Currencies without a well-known symbol are written
/// with their code (<c>CHF 25.00</c>, <c>25,00 CHF</c>).
/// </summary>
public static class MoneyFormat
{
    private static readonly decimal[] PowersOfTen = [1m, 10m, 100m, 1000m, 10000m];

    /// <summary>The amount in major units: 12345 EUR is 123.45, 500 JPY is 500.</summary>
    public static decimal MajorUnits(long minorUnits, string currency) =>
        decimal.Divide(minorUnits, MinorUnitsPerMajor(currency));

    /// <summary>How many minor units make one major unit: 100 for EUR, 1 for JPY, 1000 for TND.</summary>
    public static decimal MinorUnitsPerMajor(string currency) => PowersOfTen[Currency.MinorDigitsOf(Normalize(currency))];

    /// <param name="minorUnits">The amount in minor units (cents for EUR).</param>
    /// <param name="currency">An ISO 4217 code GiveBack supports.</param>
    /// <param name="culture">Whose digit grouping, decimal mark and symbol placement to use.</param>
    /// <param name="omitZeroMinorUnits">Writes €100 rather than €100.00 (the giving page's preset buttons).</param>
    public static string Format(long minorUnits, string currency, CultureInfo culture, bool omitZeroMinorUnits = false)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var code = Normalize(currency);
        var digits = Currency.MinorDigitsOf(code);
        var value = MajorUnits(minorUnits, code);
        var shown = omitZeroMinorUnits && value == decimal.Truncate(value) ? 0 : digits;
        var number = Math.Abs(value).ToString("N" + shown.ToString(CultureInfo.InvariantCulture), culture);
        var sign = value < 0 ? culture.NumberFormat.NegativeSign : string.Empty;
        // Patterns 1 and 3 ("n$", "n $") put the symbol after the number, as French does; a no-break space keeps them together.
        if (culture.NumberFormat.CurrencyPositivePattern is 1 or 3)
        {
            return $"{sign}{number}\u00a0{Symbol(code)}";
        }

        return $"{sign}{Prefix(code)}{number}";
    }

    /// <summary>What goes before the number where the symbol leads: <c>€</c>, or a code and a no-break space (<c>CHF </c>).</summary>
    public static string Prefix(string currency)
    {
        var symbol = Symbol(currency);
        return symbol.All(char.IsAsciiLetter) ? symbol + "\u00a0" : symbol;
    }

    /// <summary>The sign written beside an amount: €, $, £, CA$, or the ISO code where a sign would be ambiguous.</summary>
    public static string Symbol(string currency) => Normalize(currency) switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "CAD" => "CA$",
        var code => code,
    };

    private static string Normalize(string currency) =>
        Currency.TryNormalize(currency, out var code)
            ? code
            : throw new ArgumentException($"'{currency}' is not a supported ISO 4217 currency.", nameof(currency));
}
