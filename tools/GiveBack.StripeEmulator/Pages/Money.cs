using System.Globalization;

namespace GiveBack.StripeEmulator.Pages;

/// <summary>Minor units shown as a person reads them ("USD 25.00"), minding zero-decimal currencies.</summary>
internal static class Money
{
    private static readonly HashSet<string> ZeroDecimal =
        ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"];

    public static string Format(long amount, string currency) =>
        ZeroDecimal.Contains(currency)
            ? string.Create(CultureInfo.InvariantCulture, $"{currency.ToUpperInvariant()} {amount:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"{currency.ToUpperInvariant()} {amount / 100m:N2}");
}
