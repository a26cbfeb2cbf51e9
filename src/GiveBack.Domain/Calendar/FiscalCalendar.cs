namespace GiveBack.Domain.Calendar;

/// <summary>
/// The institution's fiscal year. A fiscal year is named by the calendar year in which it ends: with the default
/// first month of July, FY2026 runs from 1 July 2025 to 30 June 2026.
/// </summary>
public sealed class FiscalCalendar
{
    public const int DefaultFirstMonth = 7;

    public FiscalCalendar(int firstMonth = DefaultFirstMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstMonth, 12);
        FirstMonth = firstMonth;
    }

    public int FirstMonth { get; }

    public int FiscalYearOf(DateOnly date) =>
        FirstMonth == 1 || date.Month < FirstMonth ? date.Year : date.Year + 1;

    public DateOnly StartOf(int fiscalYear) =>
        new(FirstMonth == 1 ? fiscalYear : fiscalYear - 1, FirstMonth, 1);

    public DateOnly EndOf(int fiscalYear) => StartOf(fiscalYear + 1).AddDays(-1);
}
