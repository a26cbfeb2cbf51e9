using System.Globalization;

namespace GiveBack.Constituents.Imports.Parsing;

/// <summary>Reads a date as ISO 8601 (what CiviCRM and GiveBack export, and a spreadsheet's date cells) or in the exporting user's culture.</summary>
public static class DateText
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy/MM/dd", "yyyyMMdd", "yyyyMMddHHmmss"];

    public static bool TryParse(string text, CultureInfo culture, out DateTime value) =>
        DateTime.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value)
        || DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out value);
}
