using GiveBack.Domain.Campaigns;

namespace GiveBack.Domain.Tests;

public sealed class CampaignTallyTests
{
    [Fact]
    public void A_donor_counts_once_however_many_gifts()
    {
        var tally = new CampaignTally();
        var donor = Guid.NewGuid();

        tally.Apply([Facts.Gift(donor, 100, "2025-10-01"), Facts.Gift(donor, 200, "2025-11-01")]);

        var progress = tally.Snapshot();
        Assert.Equal((300L, 1, 2), (progress.RaisedAmount, progress.DonorCount, progress.GiftCount));
    }

    [Fact]
    public void A_reversal_takes_back_the_amount_the_gift_and_a_donor_left_with_no_gift()
    {
        var tally = new CampaignTally();
        var stays = Guid.NewGuid();
        var leaves = Guid.NewGuid();
        var bounced = Facts.Gift(leaves, 5_000, "2025-10-01", classYear: 1990);

        tally.Apply([Facts.Gift(stays, 100, "2025-10-01", classYear: 1990), bounced, Facts.Reversal(bounced)]);

        var progress = tally.Snapshot();
        Assert.Equal((100L, 1, 1), (progress.RaisedAmount, progress.DonorCount, progress.GiftCount));
        Assert.Equal(new ClassYearProgress(1990, 100, 1, 1), Assert.Single(progress.ByClassYear));
    }

    [Fact]
    public void A_reversal_counted_before_its_gift_gives_the_same_figures_as_in_ledger_order()
    {
        var inOrder = new CampaignTally();
        var outOfOrder = new CampaignTally();
        var donor = Guid.NewGuid();
        var bounced = Facts.Gift(donor, 5_000, "2025-10-01");
        var stays = Facts.Gift(Guid.NewGuid(), 700, "2025-10-02");

        inOrder.Apply([bounced, Facts.Reversal(bounced), stays]);
        outOfOrder.Apply([Facts.Reversal(bounced), stays, bounced]);

        var expected = inOrder.Snapshot();
        var actual = outOfOrder.Snapshot();
        Assert.Equal((700L, 1, 1), (expected.RaisedAmount, expected.DonorCount, expected.GiftCount));
        Assert.Equal((expected.RaisedAmount, expected.DonorCount, expected.GiftCount), (actual.RaisedAmount, actual.DonorCount, actual.GiftCount));
        Assert.Equal(expected.ByClassYear, actual.ByClassYear);
    }

    [Fact]
    public void Class_years_are_ordered_and_friends_come_last()
    {
        var tally = new CampaignTally();

        tally.Apply([
            Facts.Gift(Guid.NewGuid(), 10, "2025-10-01", classYear: null),
            Facts.Gift(Guid.NewGuid(), 20, "2025-10-01", classYear: 2001),
            Facts.Gift(Guid.NewGuid(), 30, "2025-10-01", classYear: 1985),
        ]);

        Assert.Equal([1985, 2001, null], tally.Snapshot().ByClassYear.Select(c => c.ClassYear));
    }
}
