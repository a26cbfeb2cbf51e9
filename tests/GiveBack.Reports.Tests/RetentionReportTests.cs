using GiveBack.Domain.Calendar;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Tests.Support;

namespace GiveBack.Reports.Tests;

public sealed class RetentionReportTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    public static TheoryData<int, int> YearsAndFirstMonths()
    {
        var data = new TheoryData<int, int>();
        foreach (var firstMonth in new[] { 7, 1, 10 })
        {
            for (var year = 2019; year <= 2027; year++)
            {
                data.Add(year, firstMonth);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(YearsAndFirstMonths))]
    public async Task Retention_matches_the_plain_formula(int year, int firstMonth)
    {
        var expected = new Expected(ledger.Data, firstMonth);
        var prior = expected.DonorsIn(year - 1);
        var current = expected.DonorsIn(year);
        var retained = prior.Intersect(current).ToList();
        var arrived = current.Except(prior).ToList();

        await ledger.UseFiscalYearStartAsync(firstMonth);
        var actual = await ledger.Retention(firstMonth).RunAsync(year, null, CancellationToken.None);

        Assert.Equal(
            new RetentionFigures(
                year, actual.Start, expected.EndOf(year), "USD",
                PriorYearDonors: prior.Count,
                Donors: current.Count,
                Retained: retained.Count,
                RetentionRate: prior.Count == 0 ? null : Math.Round((decimal)retained.Count / prior.Count, 4, MidpointRounding.AwayFromZero),
                Lapsed: prior.Count - retained.Count,
                New: arrived.Count(d => !expected.GaveBefore(d, year - 1)),
                Recaptured: arrived.Count(d => expected.GaveBefore(d, year - 1)),
                Upgraded: retained.Count(d => expected.TotalOf(d, year) > expected.TotalOf(d, year - 1)),
                Downgraded: retained.Count(d => expected.TotalOf(d, year) < expected.TotalOf(d, year - 1)),
                Same: retained.Count(d => expected.TotalOf(d, year) == expected.TotalOf(d, year - 1)),
                PriorYearAmount: prior.Sum(d => expected.TotalOf(d, year - 1)),
                Amount: current.Sum(d => expected.TotalOf(d, year))),
            actual);
        Assert.Equal(expected.EndOf(year - 1).AddDays(1), actual.Start);
    }

    [Fact]
    public async Task The_dataset_exercises_every_kind_of_donor_in_the_report_year()
    {
        // Guards the theory above against a dataset that would make it pass trivially.
        await ledger.UseFiscalYearStartAsync(FiscalCalendar.DefaultFirstMonth);
        var figures = await ledger.Retention().RunAsync(GivingData.ReportYear, null, CancellationToken.None);

        Assert.All(
            new[] { figures.Retained, figures.Lapsed, figures.New, figures.Recaptured, figures.Upgraded, figures.Downgraded, figures.Same },
            count => Assert.True(count > 0));
    }

    [Fact]
    public async Task Gifts_in_another_currency_are_a_report_of_their_own()
    {
        await ledger.UseFiscalYearStartAsync(FiscalCalendar.DefaultFirstMonth);
        var euros = await ledger.Retention().RunAsync(GivingData.ReportYear, "EUR", CancellationToken.None);

        Assert.Equal((0, 1, 1, 9_000L), (euros.PriorYearDonors, euros.Donors, euros.New, euros.Amount));
        Assert.Null(euros.RetentionRate);
    }
}
