using System.Globalization;
using GiveBack.Domain.Money;

namespace GiveBack.Payments.Stripe.Receipts;

internal static class Amounts
{
    public static string Format(long minorUnits, string currency, string? locale)
    {
        var digits = Currency.TryNormalize(currency, out var code) ? Currency.MinorDigitsOf(code) : 2;
        var value = minorUnits / (decimal)Math.Pow(10, digits);
        var culture = CultureInfo.GetCultureInfo(locale == "fr" ? "fr-FR" : "en-US");
        return $"{value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), culture)} {code}";
    }
}
