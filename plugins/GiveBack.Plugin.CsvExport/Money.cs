using System.Globalization;

namespace GiveBack.Plugin.CsvExport;

/// <summary>Minor units to the decimal amount NPSP imports, with the currency's ISO 4217 number of decimals.</summary>
internal static class Money
{
    private static readonly HashSet<string> NoDecimals = ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"];
    private static readonly HashSet<string> ThreeDecimals = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    public static string Format(long minor, string currency)
    {
        var code = currency.ToUpperInvariant();
        var decimals = NoDecimals.Contains(code) ? 0 : ThreeDecimals.Contains(code) ? 3 : 2;
        var amount = minor / (decimal)Math.Pow(10, decimals);
        return amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
