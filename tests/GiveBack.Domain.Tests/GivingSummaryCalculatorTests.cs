using GiveBack.Domain.Calendar;
using GiveBack.Domain.Giving;

namespace GiveBack.Domain.Tests;

public sealed class GivingSummaryCalculatorTests
{
    private readonly GivingSummaryCalculator _calculator = new(new FiscalCalendar());
    private readonly Guid _donor = Guid.NewGuid();

    [Fact]
    public void No_gifts_is_the_empty_summary() =>
        Assert.Equal(GivingSummary.Empty, _calculator.Summarize([]));

    [Fact]
    public void Lifetime_first_last_and_largest_ignore_reversed_gifts()
    {
        var bounced = Facts.Gift(_donor, 90_000, "2025-03-01");
        var summary = _calculator.Summarize(
        [
            Facts.Gift(_donor, 1_000, "2024-01-10"),
            bounced,
            Facts.Reversal(bounced),
            Facts.Gift(_donor, 2_500, "2025-08-20"),
        ]);

        Assert.Equal((3_500L, 2, 2_500L), (summary.LifetimeAmount, summary.GiftCount, summary.LargestGiftAmount));
        Assert.Equal((new DateOnly(2024, 1, 10), new DateOnly(2025, 8, 20)), (summary.FirstGiftOn!.Value, summary.LastGiftOn!.Value));
    }

    [Fact]
    public void Giving_is_grouped_by_fiscal_year_with_two_gifts_in_one_year_counted_once_each()
    {
        var summary = _calculator.Summarize(
        [
            Facts.Gift(_donor, 100, "2025-06-30"),
            Facts.Gift(_donor, 200, "2025-07-01"),
            Facts.Gift(_donor, 300, "2026-06-30"),
        ]);

        Assert.Equal([new FiscalYearGiving(2025, 100, 1), new FiscalYearGiving(2026, 500, 2)], summary.ByFiscalYear);
    }

    [Fact]
    public void The_streak_counts_consecutive_years_back_from_the_latest()
    {
        var summary = _calculator.Summarize(
        [
            Facts.Gift(_donor, 100, "2019-10-01"),
            Facts.Gift(_donor, 100, "2022-10-01"),
            Facts.Gift(_donor, 100, "2023-10-01"),
            Facts.Gift(_donor, 100, "2024-10-01"),
        ]);

        Assert.Equal(3, summary.ConsecutiveYears);
    }

    [Fact]
    public void A_donor_giving_in_two_currencies_is_summarised_in_the_currency_of_most_gifts()
    {
        var summary = _calculator.Summarize(
        [
            Facts.Gift(_donor, 100, "2024-10-01", currency: "CHF"),
            Facts.Gift(_donor, 200, "2025-10-01", currency: "EUR"),
            Facts.Gift(_donor, 300, "2025-11-01", currency: "EUR"),
        ]);

        Assert.Equal(("EUR", 500L, 2), (summary.Currency, summary.LifetimeAmount, summary.GiftCount));
    }
}
