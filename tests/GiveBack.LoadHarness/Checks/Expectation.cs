using GiveBack.LoadHarness.Planning;

namespace GiveBack.LoadHarness.Checks;

/// <summary>What each campaign must show: the sum, count and distinct donors of the gifts the API said it booked.</summary>
internal sealed record Expectation(long[] Raised, int[] Gifts, int[] Donors)
{
    public static Expectation From(PlannedGift[] plan, int[] booked, int campaigns)
    {
        var raised = new long[campaigns];
        var gifts = new int[campaigns];
        var donors = Enumerable.Range(0, campaigns).Select(_ => new HashSet<int>()).ToArray();
        foreach (var i in booked)
        {
            var gift = plan[i];
            raised[gift.Campaign] += gift.Amount;
            gifts[gift.Campaign]++;
            donors[gift.Campaign].Add(gift.Donor);
        }

        return new Expectation(raised, gifts, [.. donors.Select(d => d.Count)]);
    }
}
