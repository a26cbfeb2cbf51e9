namespace GiveBack.Web.Problems;

/// <summary>
/// The dates the API accepts. A date before 1900 or after 2199 is a typo or a probe, and date arithmetic on the edges of
/// the calendar (a pledge's installments, a report's end of day) overflows: every date field is checked against this.
/// </summary>
public static class ApiDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>Adds an error naming <paramref name="field"/> when the date is given and outside the accepted range.</summary>
    public static FieldErrors CheckDate(this FieldErrors errors, DateOnly? date, string field) =>
        errors.Check(date is not { } d || InRange(d), field, $"{field} must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
}
