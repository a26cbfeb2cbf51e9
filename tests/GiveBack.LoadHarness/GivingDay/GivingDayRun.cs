using System.Globalization;
using System.Text.Json;
using GiveBack.LoadHarness.Api;
using GiveBack.LoadHarness.Checks;
using GiveBack.LoadHarness.Phases;
using GiveBack.LoadHarness.Planning;

namespace GiveBack.LoadHarness.GivingDay;

/// <summary>
/// A giving day under load: one campaign with a match whose cap runs out mid-run and challenges that unlock on the way,
/// gifts sent at a steady rate (<c>--giving-day-rate</c>), then every figure checked against the ledger itself (the
/// campaign's gift export, one row per ledger entry): the campaign's total, gift and donor counts, the sponsor's
/// matching gifts against the match's <c>matchedAmount</c> and cap, each challenge unlocked at most once and paid once.
/// </summary>
internal static class GivingDayRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(GiveBackClient client, HarnessOptions options, string runId, CancellationToken stop)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var setup = await Setup.CreateAsync(client, options, runId, today.AddDays(-1), today, stop);
        if (setup is null)
        {
            return 1;
        }

        var campaignId = setup.Value.Campaigns[0];
        var donorIds = setup.Value.Donors;
        var sponsor = await CreateAsync(client, "/api/v1/donors", $"load-{runId}-sponsor",
            new { firstName = "Board", lastName = $"Sponsor {runId}", email = $"sponsor.{runId}@load.example" }, stop);
        var count = options.Warmup + options.Gifts;

        // The cap is about 40% of what the day should bring, so it runs out mid-run and the last gifts race for it.
        var cap = count * 50_250L * 2 / 5;
        var window = new { startsAt = DateTimeOffset.UtcNow.AddMinutes(-5), endsAt = DateTimeOffset.UtcNow.Add(options.MaxDuration).AddHours(1) };
        var match = await CreateAsync(client, $"/api/v1/campaigns/{campaignId}/matches", $"load-{runId}-match",
            new { sponsorDonorId = sponsor, ratio = 1.0m, per = "amount", capAmount = cap, window.startsAt, window.endsAt }, stop);
        var challenges = new List<Guid>();
        foreach (var (kind, threshold, unlock) in new (string, long, long)[]
                 {
                     ("donors", donorIds.Length / 2, 5_000_000),
                     ("amount", count * 50_250L / 3, 2_500_000),
                     ("nthDonor", Math.Min(100, donorIds.Length), 100_000),
                 })
        {
            challenges.Add(await CreateAsync(client, $"/api/v1/campaigns/{campaignId}/challenges", $"load-{runId}-challenge-{kind}",
                new { sponsorDonorId = sponsor, kind, threshold, unlockAmount = unlock, window.startsAt, window.endsAt }, stop));
        }

        Console.WriteLine(string.Create(Inv, $"  giving day: match {match} (1:1, cap {cap}), {challenges.Count} challenges, {count:N0} gifts at {options.GivingDayRate:F1}/s"));

        // Every gift today: the giving day's window is now.
        var plan = GiftPlanner.Plan(options, [campaignId], donorIds, today, today);
        Task<CallOutcome> Send(int index, CancellationToken ct) => client.PostAsync("/api/v1/gifts", plan[index].IdempotencyKey, plan[index].Body, readId: false, ct);
        Console.WriteLine("Gifts:");
        var (paced, late) = await PacedRunner.RunAsync("giving day", count, options.GivingDayRate, options.Concurrency, Send, stop);
        Console.WriteLine(paced.Summary());
        Console.WriteLine(string.Create(Inv, $"  {late:N0} gifts waited for a free connection (sent late)"));

        var failed = Enumerable.Range(0, count).Where(i => !paced.Succeeded(i)).ToArray();
        if (failed.Length > 0 && !stop.IsCancellationRequested)
        {
            var resend = await BoundedRunner.RunAsync("resend of failed gifts", failed.Length, 8, (i, ct) => Send(failed[i], ct), stop);
            Console.WriteLine(resend.Summary());
            failed = [.. failed.Where((_, i) => !resend.Succeeded(i))];
        }

        // Matching and challenges run after each gift's reply is written: give the last ones a moment to land. The checks
        // run even when the run's time limit stopped the sending: what was acknowledged must still equal the ledger.
        await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
        using var checks = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        return await VerifyAsync(client, campaignId, sponsor, plan, failed, cap, checks.Token) && failed.Length == 0 && paced.Completed == count ? Passed() : Failed();
    }

    private static async Task<bool> VerifyAsync(
        GiveBackClient client, Guid campaignId, Guid sponsor, PlannedGift[] plan, int[] failed, long cap, CancellationToken stop)
    {
        var ledger = LedgerRows.Parse(await client.GetTextAsync($"/api/v1/campaigns/{campaignId}/gifts/export", stop));
        var progress = (await client.GetCampaignAsync(campaignId, stop)).Progress;
        var matches = await client.GetJsonAsync<List<MatchFigures>>($"/api/v1/campaigns/{campaignId}/matches", stop);
        var challenges = await client.GetJsonAsync<List<ChallengeFigures>>($"/api/v1/campaigns/{campaignId}/challenges", stop);
        var failedSet = failed.ToHashSet();
        var donorsBooked = Enumerable.Range(0, plan.Length).Where(i => !failedSet.Contains(i)).Sum(i => plan[i].Amount);

        var sponsorLedger = ledger.Where(r => r.DonorId == sponsor).Sum(r => r.Amount);
        var matched = matches.Sum(m => m.MatchedAmount);
        var unlocked = challenges.Where(c => c.UnlockedAt is not null).Sum(c => c.UnlockAmount);
        var checks = new (string What, bool Ok, string Figures)[]
        {
            ("campaign total = ledger", progress.RaisedAmount == ledger.Sum(r => r.Amount), $"{progress.RaisedAmount} vs {ledger.Sum(r => r.Amount)}"),
            ("campaign gifts = ledger rows", progress.GiftCount == ledger.Count(r => r.Kind == "gift"), $"{progress.GiftCount} vs {ledger.Count(r => r.Kind == "gift")}"),
            ("campaign donors = ledger donors", progress.DonorCount == ledger.Select(r => r.DonorId).Distinct().Count(), $"{progress.DonorCount} vs {ledger.Select(r => r.DonorId).Distinct().Count()}"),
            ("donors' gifts = what the API acknowledged", ledger.Where(r => r.DonorId != sponsor).Sum(r => r.Amount) == donorsBooked, $"{ledger.Where(r => r.DonorId != sponsor).Sum(r => r.Amount)} vs {donorsBooked}"),
            ("sponsor's ledger = matched + unlocked", sponsorLedger == matched + unlocked, $"{sponsorLedger} vs {matched} + {unlocked}"),
            ("match cap met, never passed", matches.All(m => m.MatchedAmount <= m.CapAmount) && matched == cap, $"{matched} of {cap}"),
            ("each challenge unlocked, by one gift", challenges.All(c => c.UnlockedAt is not null && c.UnlockedByGiftId is not null), $"{challenges.Count(c => c.UnlockedAt is not null)} of {challenges.Count}"),
        };
        Console.WriteLine("Checks against the ledger:");
        foreach (var (what, ok, figures) in checks)
        {
            Console.WriteLine($"  {(ok ? "OK      " : "MISMATCH")} {what}: {figures}");
        }

        return checks.All(c => c.Ok);
    }

    private static async Task<Guid> CreateAsync(GiveBackClient client, string path, string key, object body, CancellationToken stop)
    {
        var outcome = await client.PostAsync(path, key, JsonSerializer.SerializeToUtf8Bytes(body, GiveBackClient.JsonOptions), readId: true, stop);
        return outcome is { Status: 200 or 201, Id: { } id } ? id : throw new InvalidOperationException($"POST {path} answered {outcome.Status}.");
    }

    private static int Passed()
    {
        Console.WriteLine("CHECK PASSED");
        return 0;
    }

    private static int Failed()
    {
        Console.WriteLine("CHECK FAILED");
        return 1;
    }

    private sealed record MatchFigures(Guid Id, long CapAmount, long MatchedAmount);

    private sealed record ChallengeFigures(Guid Id, long UnlockAmount, DateTimeOffset? UnlockedAt, Guid? UnlockedByGiftId);
}
