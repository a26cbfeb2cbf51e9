using System.Globalization;

namespace GiveBack.Workspace.Components.Pages.GivingDays;

/// <summary>
/// Reads a giving day's window as staff type it: a date and time in the institution's zone (the browser's
/// datetime-local field has no zone), turned into the instant it names there, daylight saving included.
/// </summary>
public static class FormInstants
{
    public static bool TryZone(string? name, out TimeZoneInfo zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById((name ?? string.Empty).Trim(), out zone!);

    /// <summary>The instant <paramref name="local"/> (yyyy-MM-ddTHH:mm) names in <paramref name="zone"/>, or null.</summary>
    public static DateTimeOffset? Instant(string? local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
        {
            return null;
        }

        var unspecified = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>An amount typed in major units (a comma or a point), or null.</summary>
    public static GiveBack.Domain.Money.Money? Amount(string? typed, string currency) =>
        decimal.TryParse(typed?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var major)
        && GiveBack.Domain.Money.Money.TryFromMajor(major, currency, out var money)
            ? money
            : null;
}
