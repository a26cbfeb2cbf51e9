using System.Globalization;
using GiveBack.Domain.Money;

namespace GiveBack.Constituents.Imports.Parsing;

/// <summary>
/// Reads an amount as a spreadsheet exported it: "$1,250.00", "1 250,00 €", "CHF 80", "-" is not one. The currency sign
/// or code, when there is one, names the currency; separators are the exporting user's culture's.
/// </summary>
public static class AmountText
{
    private static readonly (string Sign, string Code)[] Signs = [("US$", "USD"), ("CA$", "CAD"), ("C$", "CAD"), ("A$", "AUD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR")];

    /// <summary>The amount in minor units and the currency it names (null when it names none); false with a reason.</summary>
    public static bool TryParse(string text, string? currency, CultureInfo culture, out long minorUnits, out string? namedCurrency, out string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        minorUnits = 0;
        namedCurrency = null;
        var plain = text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
        foreach (var (sign, code) in Signs)
        {
            if (plain.Contains(sign, StringComparison.Ordinal))
            {
                namedCurrency = code;
                plain = plain.Replace(sign, string.Empty, StringComparison.Ordinal);
                break;
            }
        }

        var letters = new string([.. plain.Where(char.IsAsciiLetter)]);
        if (letters.Length == 3 && Domain.Money.Currency.TryNormalize(letters, out var code3))
        {
            namedCurrency = code3;
            plain = plain.Replace(letters, string.Empty, StringComparison.Ordinal);
        }

        plain = plain.Replace(" ", string.Empty, StringComparison.Ordinal);
        var effective = namedCurrency ?? currency;
        if (!decimal.TryParse(plain, NumberStyles.Number, culture, out var amount)
            && !decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out amount))
        {
            reason = "is not an amount";
            return false;
        }

        var digits = effective is not null && Domain.Money.Currency.TryNormalize(effective, out var known) ? Domain.Money.Currency.MinorDigitsOf(known) : 2;
        var scaled = amount * (decimal)Math.Pow(10, digits);
        if (scaled != decimal.Truncate(scaled))
        {
            reason = $"has more than {digits} decimals";
            return false;
        }

        if (scaled <= 0 || scaled > GiftAmount.MaxMinorUnits)
        {
            reason = "must be more than zero";
            return false;
        }

        minorUnits = (long)scaled;
        reason = string.Empty;
        return true;
    }
}
