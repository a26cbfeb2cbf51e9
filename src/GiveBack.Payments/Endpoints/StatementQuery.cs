using System.Globalization;
using GiveBack.Payments.Statements;
using GiveBack.Web.Problems;

namespace GiveBack.Payments.Endpoints;

/// <summary>Reads the period a statement is asked for: a calendar year, or a range of days in <c>YYYY-MM-DD</c>.</summary>
public static class StatementQuery
{
    public static StatementPeriod? Period(string? year, string? from, string? to, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var range = from is not null || to is not null;
        if (year is not null)
        {
            errors.Check(!range, "year", "Give either year or from and to, not both.");
            var valid = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && y >= ApiDates.Earliest.Year && y <= ApiDates.Latest.Year;
            errors.Check(valid, "year", $"year must be a year between {ApiDates.Earliest.Year} and {ApiDates.Latest.Year}, e.g. year=2026.");
            return errors.Any ? null : StatementPeriod.Year(y);
        }

        if (!range)
        {
            errors.Add("year", "Give year (e.g. year=2026), or from and to (YYYY-MM-DD).");
            return null;
        }

        var start = Day(from, "from", errors);
        var end = Day(to, "to", errors);
        if (start is not { } f || end is not { } t)
        {
            return null;
        }

        errors.Check(f <= t, "to", "to must not be before from.");
        errors.Check(t.DayNumber - f.DayNumber < StatementPeriod.MaxDays, "to", $"A statement covers at most {StatementPeriod.MaxDays} days.");
        return errors.Any ? null : new StatementPeriod(f, t);
    }

    private static DateOnly? Day(string? value, string field, FieldErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, $"{field} is required with a range (YYYY-MM-DD).");
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(field, $"{field} must be a date as YYYY-MM-DD.");
            return null;
        }

        errors.CheckDate(day, field);
        return ApiDates.InRange(day) ? day : null;
    }
}
