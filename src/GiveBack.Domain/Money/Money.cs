using System.Globalization;

namespace GiveBack.Domain.Money;

/// <summary>
/// An amount of money as GiveBack keeps it everywhere: whole minor units (cents, yen) and a supported ISO 4217 code,
/// never a <c>double</c>. Written for people through <see cref="MoneyFormat"/> in the reader's culture; crossing the
/// API, the ledger and the plugin contract it stays two plain fields (an integer and a code), so their wire formats do
/// not depend on this type.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("giveback.Money")]
public readonly record struct Money : IFormattable
{
    /// <param name="minor">The amount in minor units: 1234 is €12.34, 1,234 JPY or 1.234 TND.</param>
    /// <param name="currency">A supported ISO 4217 code, in any case ("eur" is EUR).</param>
    /// <exception cref="ArgumentException">The currency is not one GiveBack supports.</exception>
    public Money(long minor, string currency)
    {
        Minor = minor;
        Currency = GiveBack.Domain.Money.Currency.TryNormalize(currency, out var code)
            ? code
            : throw new ArgumentException($"'{currency}' is not a supported ISO 4217 currency.", nameof(currency));
    }

    [Id(0)]
    public long Minor { get; }

    [Id(1)]
    public string Currency { get; }

    /// <summary>How many minor-unit digits the currency has: 2 for EUR, 0 for JPY, 3 for TND.</summary>
    public int MinorDigits => GiveBack.Domain.Money.Currency.MinorDigitsOf(Currency);

    /// <summary>The amount in major units, exactly: 1234 EUR cents is 12.34, 500 JPY is 500.</summary>
    public decimal Major => MoneyFormat.MajorUnits(Minor, Currency);

    public static bool TryCreate(long minor, string? currency, out Money money)
    {
        var known = GiveBack.Domain.Money.Currency.TryNormalize(currency, out var code);
        money = known ? new Money(minor, code) : default;
        return known;
    }

    /// <summary>
    /// The amount a person typed in major units (<c>12.34</c>), refused when it has more decimals than the currency has
    /// minor-unit digits (<c>12.345</c> EUR, <c>5.5</c> JPY) or does not fit in minor units.
    /// </summary>
    public static bool TryFromMajor(decimal major, string? currency, out Money money)
    {
        money = default;
        if (!GiveBack.Domain.Money.Currency.TryNormalize(currency, out var code))
        {
            return false;
        }

        var scale = MoneyFormat.MinorUnitsPerMajor(code);
        // Compared in major units first: scaling a 28-digit amount to minor units would overflow decimal.
        if (Math.Abs(major) > long.MaxValue / scale)
        {
            return false;
        }

        var minor = major * scale;
        if (minor != decimal.Truncate(minor))
        {
            return false;
        }

        money = new Money((long)minor, code);
        return true;
    }

    /// <summary>
    /// An amount a person typed in major units, in either language's habit: <c>1250.50</c>, <c>1 250,50</c>, <c>12,5</c>
    /// (spaces dropped, a comma read as the decimal mark), then checked as <see cref="TryFromMajor"/> checks it. Every
    /// form that takes an amount reads it here, so the giving page and the workspace accept the same things.
    /// </summary>
    public static bool TryParseTyped(string? typed, string? currency, out Money money)
    {
        money = default;
        if (typed is not { Length: > 0 and <= 32 })
        {
            return false;
        }

        var plain = new string([.. typed.Where(c => !char.IsWhiteSpace(c)).Select(c => c == ',' ? '.' : c)]);
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major)
            && TryFromMajor(major, currency, out money);
    }

    /// <summary>The amount as a person reads it in <paramref name="culture"/>: <c>€1,234.50</c>, <c>1 234,50 €</c>, <c>JPY 500</c>.</summary>
    /// <param name="culture">Whose digit grouping, decimal mark and symbol placement to use.</param>
    /// <param name="omitZeroMinorUnits">Writes €100 rather than €100.00 (the giving page's preset buttons).</param>
    public string Format(CultureInfo culture, bool omitZeroMinorUnits = false) =>
        MoneyFormat.Format(Minor, Currency, culture, omitZeroMinorUnits);

    /// <summary>Formats in the culture <paramref name="provider"/> names (the current culture when null).</summary>
    public string ToString(IFormatProvider? provider) => Format(provider as CultureInfo ?? CultureInfo.CurrentCulture);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(formatProvider);

    /// <summary>Culture-neutral, for logs and debugging: <c>12.34 EUR</c>.</summary>
    public override string ToString() =>
        $"{Major.ToString("F" + MinorDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {Currency}";
}
