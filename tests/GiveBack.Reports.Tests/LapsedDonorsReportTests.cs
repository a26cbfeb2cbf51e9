using GiveBack.Domain.Calendar;
using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Tests.Support;

namespace GiveBack.Reports.Tests;

public sealed class LapsedDonorsReportTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    public static TheoryData<LapseKind, int, int> Cases()
    {
        var data = new TheoryData<LapseKind, int, int>();
        foreach (var kind in new[] { LapseKind.Lybunt, LapseKind.Sybunt })
        {
            foreach (var firstMonth in new[] { 7, 1 })
            {
                for (var year = 2020; year <= 2027; year++)
                {
                    data.Add(kind, year, firstMonth);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Lapsed_donors_match_the_plain_formula(LapseKind kind, int year, int firstMonth)
    {
        var expected = new Expected(ledger.Data, firstMonth);
        var donors = expected.InListOrder(kind == LapseKind.Lybunt ? expected.Lybunt(year) : expected.Sybunt(year));

        await ledger.UseFiscalYearStartAsync(firstMonth);
        var actual = await ledger.Lapsed(firstMonth).RunAsync(kind, year, null, 0, null, CancellationToken.None);

        Assert.Equal(donors.Count, actual.Total);
        Assert.Equal(donors, actual.Items.Select(d => d.DonorId));
        foreach (var item in actual.Items)
        {
            var (on, amount, lifetime, gifts) = expected.AsOfEndOf(item.DonorId, year);
            Assert.Equal((on, amount, lifetime, gifts), (item.LastGiftOn, item.LastGiftAmount, item.LifetimeAmount, item.LifetimeGifts));
        }
    }

    [Fact]
    public async Task Paging_returns_the_requested_slice_and_the_full_total()
    {
        await ledger.UseFiscalYearStartAsync(FiscalCalendar.DefaultFirstMonth);
        var report = ledger.Lapsed();
        var all = await report.RunAsync(LapseKind.Sybunt, GivingData.ReportYear, null, 0, null, CancellationToken.None);
        var page = await report.RunAsync(LapseKind.Sybunt, GivingData.ReportYear, null, 2, 3, CancellationToken.None);
        var beyond = await report.RunAsync(LapseKind.Sybunt, GivingData.ReportYear, null, 10_000, 3, CancellationToken.None);

        Assert.True(all.Items.Count > 5);
        Assert.Equal(all.Items.Skip(2).Take(3), page.Items);
        Assert.Equal(all.Total, page.Total);
        Assert.Empty(beyond.Items);
        Assert.Equal(all.Total, beyond.Total);
    }

    [Fact]
    public async Task Gifts_on_30_June_and_1_July_fall_in_different_fiscal_years_with_a_July_start()
    {
        var boundary = ledger.Data.BoundaryDonor.Id;
        var july = ledger.Lapsed(firstMonth: 7);
        var january = ledger.Lapsed(firstMonth: 1);

        // July: FY2024 and FY2025, so not lapsed in 2025 and LYBUNT in 2026. January: both in calendar 2024.
        await ledger.UseFiscalYearStartAsync(7);
        Assert.DoesNotContain(boundary, await Ids(july, LapseKind.Lybunt, 2025));
        Assert.Contains(boundary, await Ids(july, LapseKind.Lybunt, 2026));
        await ledger.UseFiscalYearStartAsync(1);
        Assert.Contains(boundary, await Ids(january, LapseKind.Lybunt, 2025));
    }

    [Fact]
    public async Task A_donor_whose_only_gift_was_reversed_never_lapses_and_a_reversed_gift_is_no_last_gift()
    {
        await ledger.UseFiscalYearStartAsync(FiscalCalendar.DefaultFirstMonth);
        var report = ledger.Lapsed();
        for (var year = 2024; year <= 2027; year++)
        {
            Assert.DoesNotContain(ledger.Data.OnlyGiftReversedDonor.Id, await Ids(report, LapseKind.Lybunt, year));
            Assert.DoesNotContain(ledger.Data.OnlyGiftReversedDonor.Id, await Ids(report, LapseKind.Sybunt, year));
        }

        var partly = (await report.RunAsync(LapseKind.Lybunt, 2025, null, 0, null, CancellationToken.None))
            .Items.Single(d => d.DonorId == ledger.Data.PartlyReversedDonor.Id);
        Assert.Equal((new DateOnly(2023, 11, 1), 1_000L, 1_000L, 1L), (partly.LastGiftOn, partly.LastGiftAmount, partly.LifetimeAmount, partly.LifetimeGifts));
    }

    [Fact]
    public async Task Two_gifts_on_the_last_day_make_the_later_recorded_one_the_last_gift()
    {
        await ledger.UseFiscalYearStartAsync(FiscalCalendar.DefaultFirstMonth);
        var lucy = (await ledger.Lapsed().RunAsync(LapseKind.Lybunt, 2025, null, 0, null, CancellationToken.None))
            .Items.Single(d => d.DonorId == ledger.Data.LybuntDonor.Id);

        Assert.Equal((new DateOnly(2024, 2, 1), 300L, 1_400L, 4L), (lucy.LastGiftOn, lucy.LastGiftAmount, lucy.LifetimeAmount, lucy.LifetimeGifts));
    }

    private static async Task<List<Guid>> Ids(LapsedDonorsReport report, LapseKind kind, int year) =>
        [.. (await report.RunAsync(kind, year, null, 0, null, CancellationToken.None)).Items.Select(d => d.DonorId)];
}
