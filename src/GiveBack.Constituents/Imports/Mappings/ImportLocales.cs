using System.Globalization;

namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>The locale a file's dates and amounts are written in ("dates in the exporting user's locale"): a specific culture such as fr-FR or en-GB.</summary>
public static class ImportLocales
{
    /// <summary>Offered by the workspace; the API takes any specific culture.</summary>
    public static IReadOnlyList<string> Common { get; } = ["en-US", "en-GB", "en-CA", "fr-FR", "fr-CA", "de-DE", "es-ES", "it-IT", "nl-NL"];

    public static bool IsKnown(string? name) => Find(name) is not null;

    public static CultureInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 32)
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
            // A neutral culture ("fr") says nothing of the order of day and month.
            return culture.IsNeutralCulture || culture.Equals(CultureInfo.InvariantCulture) ? null : culture;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
