using GiveBack.Domain.Calendar;
using GiveBack.Reports.Tests.Support;

namespace GiveBack.Reports.Tests;

public sealed class ParticipationReportTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    public static TheoryData<int, int, bool> Cases()
    {
        var data = new TheoryData<int, int, bool>();
        foreach (var firstMonth in new[] { 7, 1 })
        {
            for (var year = 2019; year <= 2026; year++)
            {
                data.Add(year, firstMonth, false);
                data.Add(year, firstMonth, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Participation_matches_the_plain_formula(int year, int firstMonth, bool givingDayOnly)
    {
        var expected = new Expected(ledger.Data, firstMonth);
        var givers = expected.Standing
            .Where(g => expected.FiscalYear(g.ReceivedOn) == year && (!givingDayOnly || g.CampaignId == GivingData.GivingDay))
            .Select(g => g.DonorId).ToHashSet();
        var alumni = ledger.Data.Donors.Where(d => d.ClassYear is not null).ToList();
        var byClass = alumni.GroupBy(d => d.ClassYear!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key, (long)g.Count(), (long)g.Count(d => givers.Contains(d.Id)))).ToList();

        await ledger.UseFiscalYearStartAsync(firstMonth);
        var actual = await ledger.Participation(firstMonth)
            .RunAsync(year, givingDayOnly ? GivingData.GivingDay : null, null, CancellationToken.None);

        Assert.NotNull(actual);
        Assert.Equal(byClass, actual.ByClassYear.Select(c => (c.ClassYear, c.AlumniOfRecord, c.AlumniDonors)));
        Assert.Equal(alumni.Count, actual.AlumniOfRecord);
        Assert.Equal(alumni.Count(d => givers.Contains(d.Id)), actual.AlumniDonors);
        Assert.Equal(ledger.Data.Donors.Count(d => d.ClassYear is null && givers.Contains(d.Id)), actual.FriendDonors);
        Assert.Equal(Math.Round((decimal)actual.AlumniDonors / alumni.Count, 4, MidpointRounding.AwayFromZero), actual.ParticipationRate);
    }

    [Fact]
    public async Task A_friend_gives_but_never_counts_as_an_alumnus_and_a_reversed_gift_does_not_participate()
    {
        await ledger.UseFiscalYearStartAsync(FiscalCalendar.DefaultFirstMonth);
        var figures = (await ledger.Participation().RunAsync(GivingData.ReportYear, null, null, CancellationToken.None))!;

        Assert.True(figures.FriendDonors >= 1);
        var class2010 = figures.ByClassYear.Single(c => c.ClassYear == 2010);
        // Class of 2010 is Tess (two gifts in FY2025, counted once) and Rory (whose only gift was reversed).
        Assert.Equal((2L, 1L, 0.5m), (class2010.AlumniOfRecord, class2010.AlumniDonors, class2010.ParticipationRate!.Value));
    }

    [Fact]
    public async Task An_unknown_campaign_gives_no_figures()
    {
        Assert.Null(await ledger.Participation().RunAsync(GivingData.ReportYear, Guid.NewGuid(), null, CancellationToken.None));
    }
}
