using GiveBack.Domain.Calendar;

namespace GiveBack.Reports.Calendar;

/// <summary>
/// The dates a year-over-year report needs, as half-open ranges: the prior year is [PriorStart, Start), the year itself
/// [Start, NextStart).
/// </summary>
public sealed record FiscalYearWindow(int FiscalYear, DateOnly PriorStart, DateOnly Start, DateOnly NextStart)
{
    public const int MinFiscalYear = 1901;
    public const int MaxFiscalYear = 9998;

    public DateOnly End => NextStart.AddDays(-1);

    public static bool IsValid(int fiscalYear) => fiscalYear is >= MinFiscalYear and <= MaxFiscalYear;

    public static FiscalYearWindow Of(FiscalCalendar calendar, int fiscalYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, MinFiscalYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, MaxFiscalYear);
        return new FiscalYearWindow(
            fiscalYear, calendar.StartOf(fiscalYear - 1), calendar.StartOf(fiscalYear), calendar.StartOf(fiscalYear + 1));
    }
}
