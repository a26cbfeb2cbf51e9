using System.Globalization;
using GiveBack.LoadHarness.Api;
using GiveBack.LoadHarness.Phases;
using GiveBack.LoadHarness.Planning;

namespace GiveBack.LoadHarness.Checks;

/// <summary>
/// Retries against booked gifts, concurrently: the same key with the same body answers 200 with the same gift id; the
/// same key with another body (the amount €5 more) is refused 422. Either way the campaigns' figures do not move.
/// </summary>
internal static class ReplayChecks
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<IReadOnlyList<CheckResult>> CheckAsync(
        GiveBackClient client, GiftSource source, IReadOnlyList<GiftOutcome> gifts, HarnessOptions options, CancellationToken stop)
    {
        var booked = Enumerable.Range(0, gifts.Count).Where(i => gifts[i].Acknowledged && gifts[i].GiftId is not null).ToArray();
        var before = await ApiAgreement.ProgressAsync(client, source.Campaigns, stop);
        var results = new List<CheckResult>();

        var replays = Spread(booked, options.Retries);
        if (replays.Length > 0)
        {
            var replay = await BoundedRunner.RunAsync("retry (same key and body)", replays.Length, options.Concurrency, (i, ct) =>
            {
                var gift = source[replays[i]];
                return client.PostAsync("/api/v1/gifts", gift.IdempotencyKey, gift.Body, readId: true, ct);
            }, stop);
            var not200 = Enumerable.Range(0, replays.Length).Count(i => !replay.Done[i] || replay.Outcomes[i].Status != 200);
            var otherId = Enumerable.Range(0, replays.Length).Count(i => replay.Done[i] && replay.Outcomes[i].Id != gifts[replays[i]].GiftId);
            results.Add(new CheckResult(
                "retry with the same key and body = 200, same gift", not200 == 0 && otherId == 0,
                string.Create(Inv, $"{replays.Length - not200}/{replays.Length} answered 200, {otherId} with another gift id")));
        }

        var reuses = Spread(booked, options.KeyReuses);
        if (reuses.Length > 0)
        {
            var reuse = await BoundedRunner.RunAsync("same key, another body", reuses.Length, options.Concurrency, (i, ct) =>
            {
                var gift = source.Plan(reuses[i], extra: 500);
                return client.PostAsync("/api/v1/gifts", gift.IdempotencyKey, gift.Body, readId: false, ct);
            }, stop);
            var not422 = Enumerable.Range(0, reuses.Length).Count(i => !reuse.Done[i] || reuse.Outcomes[i].Status != 422);
            results.Add(new CheckResult(
                "same key with another body = 422", not422 == 0,
                string.Create(Inv, $"{reuses.Length - not422}/{reuses.Length} answered 422 ({string.Join(", ", reuse.ByStatus().Select(s => $"{s.Key}×{s.Value}"))})")));
        }

        var after = await ApiAgreement.ProgressAsync(client, source.Campaigns, stop);
        results.Add(new CheckResult(
            "campaign figures unmoved by the retries", before.SequenceEqual(after),
            string.Join("; ", before.Zip(after, (b, a) => b == a ? $"{a.RaisedAmount} in {a.GiftCount} gifts" : $"{b} became {a}"))));
        return results;
    }

    /// <summary>Up to <paramref name="count"/> of the indexes, spread evenly over the run.</summary>
    private static int[] Spread(int[] indexes, int count) =>
        count <= 0 || indexes.Length == 0 ? [] : [.. indexes.Where((_, i) => i % Math.Max(1, indexes.Length / count) == 0).Take(count)];
}
