using System.Text.Json;

namespace GiveBack.LoadHarness;

/// <summary>
/// Builds every gift before the clock starts (keys, amounts, dates and the JSON bytes), so the measured loop does
/// no serialisation and a retry re-sends exactly the bytes of the first attempt.
/// </summary>
internal static class GiftPlanner
{
    public static PlannedGift[] Plan(HarnessOptions options, Guid[] campaigns, Guid[] donors, DateOnly startsOn, DateOnly today)
    {
        var random = new Random(options.Seed);
        var days = today.DayNumber - startsOn.DayNumber;
        var keyPrefix = Guid.NewGuid().ToString("N");
        var gifts = new PlannedGift[options.Warmup + options.Gifts];
        for (var i = 0; i < gifts.Length; i++)
        {
            var campaign = i % campaigns.Length;
            var donor = random.Next(donors.Length);
            var amount = 500L * random.Next(1, 201); // €5 to €1,000 in €5 steps
            var body = JsonSerializer.SerializeToUtf8Bytes(
                new
                {
                    donorId = donors[donor],
                    campaignId = campaigns[campaign],
                    amount,
                    currency = "EUR",
                    receivedOn = startsOn.AddDays(random.Next(days + 1)),
                    method = "card",
                },
                GiveBackClient.JsonOptions);
            gifts[i] = new PlannedGift($"{keyPrefix}-{i}", campaign, donor, amount, body);
        }

        return gifts;
    }
}
