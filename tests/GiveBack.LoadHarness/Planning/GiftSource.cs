using System.Globalization;
using System.Text;

namespace GiveBack.LoadHarness.Planning;

/// <summary>
/// The run's gifts, any number of them: the i-th gift (key, campaign, donor, amount, date and JSON bytes) is a pure
/// function of the seed and i, so a time-bound phase can take as many as it gets through, a retry re-sends exactly the
/// bytes of the first attempt, and the checks can rebuild any gift from its index without keeping it.
/// </summary>
internal sealed class GiftSource(HarnessOptions options, Guid[] campaigns, Guid[] donors, DateOnly startsOn, DateOnly today)
{
    private readonly int _days = today.DayNumber - startsOn.DayNumber;

    public string KeyPrefix { get; } = Guid.NewGuid().ToString("N");

    public Guid[] Campaigns => campaigns;

    public Guid[] Donors => donors;

    public PlannedGift this[long index] => Plan(index, 0);

    public string KeyOf(long index) => string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}-{index}");

    /// <summary>The gift at <paramref name="index"/>; <paramref name="extra"/> minor units added give another body under the same key.</summary>
    public PlannedGift Plan(long index, long extra)
    {
        var (campaign, donor, amount, receivedOn) = Draw(index);
        amount += extra;
        var body = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"donorId":"{{donors[donor]}}","campaignId":"{{campaigns[campaign]}}","amount":{{amount}},"currency":"EUR","receivedOn":"{{receivedOn:yyyy-MM-dd}}","method":"card"}"""));
        return new PlannedGift(KeyOf(index), campaign, donor, amount, body);
    }

    /// <summary>What the gift at <paramref name="index"/> is, without its body (the checks need no more).</summary>
    public (int Campaign, int Donor, long Amount, DateOnly ReceivedOn) Draw(long index)
    {
        var bits = Mix((ulong)options.Seed, (ulong)index);
        var campaign = (int)(index % campaigns.Length);
        var donor = (int)(bits % (ulong)donors.Length);
        var amount = 500L * (long)(1 + ((bits >> 20) % 200)); // €5 to €1,000 in €5 steps
        if (IsPoisoned(index))
        {
            amount += 13; // amount % 500 = 13: the mark a test trigger refuses
        }

        return (campaign, donor, amount, startsOn.AddDays((int)((bits >> 40) % (ulong)(_days + 1))));
    }

    /// <summary>Every Nth planned gift (<c>--poison-every N</c>) carries the mark.</summary>
    public bool IsPoisoned(long index) => options.PoisonEvery > 0 && (index + 1) % options.PoisonEvery == 0;

    // SplitMix64 of the seed and the index: cheap, stateless and well spread.
    private static ulong Mix(ulong seed, ulong index)
    {
        var z = seed * 0x9E3779B97F4A7C15UL + index + 0x632BE59BD9B4E019UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
