using GiveBack.Reports.Rfm;
using GiveBack.Reports.Tests.Support;

namespace GiveBack.Reports.Tests;

public sealed class RfmReportTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    private static readonly double[] Fractions = [0.2, 0.4, 0.6, 0.8];

    [Fact]
    public async Task Scores_cut_points_and_segments_match_the_plain_formula()
    {
        var perDonor = new Expected(ledger.Data).Standing.GroupBy(g => g.DonorId)
            .Select(g => (Donor: g.Key, Last: g.Max(x => x.ReceivedOn), Gifts: (long)g.Count(), Amount: g.Sum(x => x.Amount)))
            .ToList();
        var r = Cuts(perDonor.Select(d => d.Last));
        var f = Cuts(perDonor.Select(d => d.Gifts));
        var m = Cuts(perDonor.Select(d => d.Amount));
        var scored = perDonor.ToDictionary(d => d.Donor, d =>
        {
            var (rs, fs, ms) = (Expected.Score(d.Last, r), Expected.Score(d.Gifts, f), Expected.Score(d.Amount, m));
            return (d.Last, d.Gifts, d.Amount, rs, fs, ms, Segment: RfmSegments.Of(rs, fs, ms).Key);
        });

        var actual = await ledger.Rfm().RunAsync(null, null, 0, null, CancellationToken.None);

        Assert.Equal(perDonor.Count, actual.Donors);
        Assert.Equal(perDonor.Count, actual.Total);
        Assert.Equal(new RfmCutPoints(r, f, m), actual.CutPoints, new CutPointsComparer());
        Assert.Equal(
            RfmSegments.All.Select(s => (s.Key, (long)scored.Values.Count(v => v.Segment == s.Key))),
            actual.Segments.Select(s => (s.Segment, s.Donors)));
        Assert.Equal(perDonor.Count, actual.Items.Count);
        foreach (var item in actual.Items)
        {
            Assert.Equal(scored[item.DonorId], (item.LastGiftOn, item.Gifts, item.Amount, item.Recency, item.Frequency, item.Monetary, item.Segment));
        }

        Assert.True(actual.Segments.Count(s => s.Donors > 0) >= 4, "the dataset should fill several segments");
        Assert.Equal(
            actual.Items.OrderByDescending(i => i.Recency).ThenByDescending(i => i.Frequency).ThenByDescending(i => i.Monetary)
                .ThenByDescending(i => i.Amount).Select(i => (i.Recency, i.Frequency, i.Monetary, i.Amount)),
            actual.Items.Select(i => (i.Recency, i.Frequency, i.Monetary, i.Amount)));
    }

    [Fact]
    public async Task Reversed_gifts_are_not_scored_and_a_donor_whose_only_gift_was_reversed_is_not_listed()
    {
        var actual = await ledger.Rfm().RunAsync(null, null, 0, null, CancellationToken.None);

        Assert.DoesNotContain(actual.Items, i => i.DonorId == ledger.Data.OnlyGiftReversedDonor.Id);
        var partly = actual.Items.Single(i => i.DonorId == ledger.Data.PartlyReversedDonor.Id);
        Assert.Equal((new DateOnly(2023, 11, 1), 1L, 1_000L), (partly.LastGiftOn, partly.Gifts, partly.Amount));
        var twice = actual.Items.Single(i => i.DonorId == ledger.Data.TwoGiftsDonor.Id);
        Assert.Equal((3L, 12_000L), (twice.Gifts, twice.Amount));
    }

    [Fact]
    public async Task A_segment_filter_lists_only_that_segment_and_counts_it()
    {
        var all = await ledger.Rfm().RunAsync(null, null, 0, null, CancellationToken.None);
        var biggest = all.Segments.MaxBy(s => s.Donors)!;

        var filtered = await ledger.Rfm().RunAsync(biggest.Segment, null, 1, 2, CancellationToken.None);

        Assert.Equal(biggest.Donors, filtered.Total);
        Assert.Equal(all.Items.Where(i => i.Segment == biggest.Segment).Skip(1).Take(2), filtered.Items);
        Assert.Equal(all.Segments, filtered.Segments);
    }

    [Fact]
    public async Task A_currency_without_gifts_has_no_donors()
    {
        var actual = await ledger.Rfm().RunAsync(null, "JPY", 0, null, CancellationToken.None);

        Assert.Equal((0L, 0L), (actual.Donors, actual.Total));
        Assert.Empty(actual.Items);
        Assert.All(actual.Segments, s => Assert.Equal(0, s.Donors));
    }

    private static List<T> Cuts<T>(IEnumerable<T> values)
    {
        var sorted = values.Order().ToList();
        return [.. Fractions.Select(p => Expected.PercentileDisc(sorted, p))];
    }

    private sealed class CutPointsComparer : IEqualityComparer<RfmCutPoints>
    {
        public bool Equals(RfmCutPoints? x, RfmCutPoints? y) =>
            x!.Recency.SequenceEqual(y!.Recency) && x.Frequency.SequenceEqual(y.Frequency) && x.Monetary.SequenceEqual(y.Monetary);

        public int GetHashCode(RfmCutPoints obj) => obj.Recency.Count;
    }
}
