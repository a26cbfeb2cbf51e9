using System.Globalization;
using System.Text.Json.Serialization;
using GiveBack.LoadHarness.Api;

namespace GiveBack.LoadHarness.Checks;

/// <summary>
/// What the API shows against what it acknowledged: each campaign's progress (sum, count, distinct donors) and each
/// donor's giving figures (lifetime amount, gift count) equal the sum and count of that campaign's or donor's
/// acknowledged gifts. Tried for a few seconds, since a donor's figures may follow the gift's reply.
/// </summary>
internal static class ApiAgreement
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<IReadOnlyList<CheckResult>> CheckAsync(
        GiveBackClient client, IReadOnlyList<GiftOutcome> gifts, Guid[] campaigns, Guid[] donors, CancellationToken stop)
    {
        var booked = gifts.Where(g => g.Acknowledged).ToArray();
        IReadOnlyList<CheckResult> results = [];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            results = [await CampaignsAsync(client, booked, campaigns, stop), await DonorsAsync(client, booked, donors, stop)];
            if (results.All(r => r.Passed))
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
        }

        return results;
    }

    public static async Task<ProgressSnapshot[]> ProgressAsync(GiveBackClient client, Guid[] campaigns, CancellationToken stop)
    {
        var progress = new ProgressSnapshot[campaigns.Length];
        for (var c = 0; c < campaigns.Length; c++)
        {
            progress[c] = (await client.GetCampaignAsync(campaigns[c], stop)).Progress;
        }

        return progress;
    }

    private static async Task<CheckResult> CampaignsAsync(GiveBackClient client, GiftOutcome[] booked, Guid[] campaigns, CancellationToken stop)
    {
        var progress = await ProgressAsync(client, campaigns, stop);
        var wrong = new List<string>();
        for (var c = 0; c < campaigns.Length; c++)
        {
            var mine = booked.Where(g => g.CampaignId == campaigns[c]).ToArray();
            var expected = new ProgressSnapshot(mine.Sum(g => g.Amount), mine.Select(g => g.DonorId).Distinct().Count(), mine.Length);
            if (progress[c] != expected)
            {
                wrong.Add(string.Create(Inv, $"campaign {campaigns[c]}: {progress[c]} expected {expected}"));
            }
        }

        return new CheckResult(
            "campaign progress = acknowledged gifts", wrong.Count == 0,
            wrong.Count == 0 ? string.Create(Inv, $"{campaigns.Length} campaign(s), {booked.Sum(g => g.Amount)} in {booked.Length} gifts") : string.Join("; ", wrong.Take(5)));
    }

    private static async Task<CheckResult> DonorsAsync(GiveBackClient client, GiftOutcome[] booked, Guid[] donors, CancellationToken stop)
    {
        var expected = booked.GroupBy(g => g.DonorId).ToDictionary(g => g.Key, g => (Amount: g.Sum(x => x.Amount), Count: g.Count()));
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        var total = 0L;
        await Parallel.ForEachAsync(donors, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = stop }, async (donor, ct) =>
        {
            var giving = (await client.GetJsonAsync<DonorFigures>($"/api/v1/donors/{donor}", ct)).Giving;
            Interlocked.Add(ref total, giving.LifetimeAmount);
            var (amount, count) = expected.GetValueOrDefault(donor);
            if (giving.LifetimeAmount != amount || giving.GiftCount != count)
            {
                wrong.Add(string.Create(Inv, $"donor {donor}: {giving.LifetimeAmount} in {giving.GiftCount} expected {amount} in {count}"));
            }
        });

        return new CheckResult(
            "donors' figures = acknowledged gifts", wrong.IsEmpty,
            wrong.IsEmpty ? string.Create(Inv, $"{donors.Length} donors, lifetime amounts summing to {total}") : $"{wrong.Count} donors differ: {string.Join("; ", wrong.Take(5))}");
    }

    private sealed record DonorFigures([property: JsonPropertyName("giving")] GivingFigures Giving);

    private sealed record GivingFigures(long LifetimeAmount, int GiftCount);
}
