using GiveBack.Domain.Calendar;

namespace GiveBack.Domain.Tests;

public sealed class FiscalCalendarTests
{
    [Theory]
    [InlineData("2025-06-30", 2025)]
    [InlineData("2025-07-01", 2026)]
    [InlineData("2026-01-15", 2026)]
    [InlineData("2026-06-30", 2026)]
    [InlineData("2026-07-01", 2027)]
    public void A_fiscal_year_starting_in_July_is_named_by_the_year_it_ends(string date, int fiscalYear) =>
        Assert.Equal(fiscalYear, new FiscalCalendar().FiscalYearOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void FY2026_runs_from_1_July_2025_to_30_June_2026()
    {
        var calendar = new FiscalCalendar(7);

        Assert.Equal((new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)), (calendar.StartOf(2026), calendar.EndOf(2026)));
    }

    [Fact]
    public void A_calendar_fiscal_year_is_the_calendar_year()
    {
        var calendar = new FiscalCalendar(1);

        Assert.Equal(2026, calendar.FiscalYearOf(new DateOnly(2026, 12, 31)));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (calendar.StartOf(2026), calendar.EndOf(2026)));
    }

    [Fact]
    public void A_fiscal_year_starting_in_October_ends_in_September()
    {
        var calendar = new FiscalCalendar(10);

        Assert.Equal(2026, calendar.FiscalYearOf(new DateOnly(2025, 10, 1)));
        Assert.Equal(2025, calendar.FiscalYearOf(new DateOnly(2025, 9, 30)));
        Assert.Equal(new DateOnly(2026, 9, 30), calendar.EndOf(2026));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_month_outside_1_to_12_is_refused(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalCalendar(month));
}
