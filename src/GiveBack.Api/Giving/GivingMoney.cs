using System.Globalization;
using GiveBack.Domain.Money;

namespace GiveBack.Api.Giving;

internal static class GivingMoney
{
    public static string Format(long minorUnits, string currency, GivingTexts texts)
    {
        var digits = Currency.MinorDigitsOf(currency);
        var value = minorUnits / (decimal)Math.Pow(10, digits);
        var whole = value == decimal.Truncate(value);
        var culture = CultureInfo.GetCultureInfo(texts.Culture);
        var number = value.ToString(whole ? "N0" : "N" + digits.ToString(CultureInfo.InvariantCulture), culture);
        return texts.Language == "fr" ? $"{number} {Symbol(currency)}" : $"{Symbol(currency)}{number}";
    }

    public static string Symbol(string currency) => currency switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "CHF" => "CHF ",
        "CAD" => "CA$",
        _ => currency + " ",
    };
}
