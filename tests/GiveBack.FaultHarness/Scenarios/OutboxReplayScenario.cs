using System.Diagnostics;
using System.Globalization;
using GiveBack.FaultHarness.Load;
using GiveBack.LoadHarness.Checks;

namespace GiveBack.FaultHarness.Scenarios;

/// <summary>
/// (c) A gift committed by a host that dies before applying it to a campaign grain active on another host must still
/// be counted, with no client retry. Callers that never retry send gifts to a host the campaign grain does not live on,
/// and that host is killed with SIGKILL in the middle of them: some gifts are committed and never answered, and a few
/// may be committed and never handed to the grains. Once the cluster has declared the host dead, a survivor re-applies
/// the last minutes of the ledger (GiveBack.Giving/Replay), so every host's campaign and donor figures equal the ledger
/// rows themselves — not the acknowledged gifts, since a commit whose answer died with the host is a gift all the same.
/// The exact crash point (commit done, apply not started) is proved deterministically by SiloDepartureReplayTests.
/// </summary>
internal sealed class OutboxReplayScenario : IScenario
{
    private const int Callers = 32;

    public string Name => "outbox-replay";

    public string Title => "a gift committed by a host that dies before applying it to the grain is applied (no retry)";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        // The run's campaign and donors, and a few seconds of ordinary gifts so the grains are active.
        var run = await context.StartGiftsAsync(Name, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        await run.Load.StopAsync(ScenarioContext.Settle);
        var placement = await ScenarioContext.PlacementAsync(context.Hosts[0], run.CampaignId, cancellationToken);
        var victim = context.Hosts.First(h => h.Running && h.SiloEndpoint != placement.Silo);
        context.Log($"the campaign grain is on {placement.Silo}; gifts without retries go to {victim.Name}, which is killed among them");

        // The planned gifts the load never sent, each sent once to the victim with its own key, never retried.
        var unsent = run.Load.Plan.Skip(run.Load.Issued).ToArray();
        var next = -1;
        var answered = 0;
        var unanswered = 0;
        using var stop = new CancellationTokenSource();
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= unsent.Length)
                {
                    return;
                }

                var outcome = await victim.Client.PostAsync("/api/v1/gifts", unsent[i].IdempotencyKey, unsent[i].Body, readId: false, CancellationToken.None);
                Interlocked.Increment(ref outcome.Status is 200 or 201 ? ref answered : ref unanswered);
            }
        }, CancellationToken.None)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        context.Log($"kill -9 {victim.Name} ({victim.ProcessId}) with {Callers} gifts in flight");
        await victim.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        // Until the survivors have declared the victim dead, then a little for the replay.
        var survivor = context.Hosts.First(h => h.Running);
        var killed = Stopwatch.StartNew();
        while ((await ScenarioContext.PlacementAsync(survivor, run.CampaignId, cancellationToken)).ActiveSilos.Contains(victim.SiloEndpoint)
               && killed.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        var deadAfter = killed.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);

        var (agree, rows) = await LedgerAgreesAsync(context, run, cancellationToken);
        var committedUnanswered = rows - run.Load.Acknowledged().Length - answered;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{victim.Name} killed; {answered} answered, {unanswered} unanswered of which {committedUnanswered} committed; dead after {deadAfter.TotalSeconds:F1} s");
        context.Log(detail);
        var result = new ScenarioResult(
            Name, run.Load.Acknowledged().Length + answered, run.Load.Retries, run.Load.Errors, agree,
            agree && run.Load.Errors == 0 ? Outcome.Passed : Outcome.Failed, detail);
        run.Load.Dispose();
        await context.Cluster.EnsureAllRunningAsync(cancellationToken);
        return result;
    }

    /// <summary>Every running host's campaign progress and donor giving equal the campaign's ledger rows (its gift export).</summary>
    private static async Task<(bool Agree, int GiftRows)> LedgerAgreesAsync(ScenarioContext context, GiftRun run, CancellationToken cancellationToken)
    {
        var running = context.Hosts.Where(h => h.Running).ToList();
        var ledger = LedgerRows.Parse(await running[0].Client.GetTextAsync($"/api/v1/campaigns/{run.CampaignId}/gifts/export", cancellationToken));
        var gifts = ledger.Count(r => r.Kind == "gift");
        var raised = ledger.Sum(r => r.Amount);
        var byDonor = ledger.GroupBy(r => r.DonorId).ToDictionary(g => g.Key, g => (Amount: g.Sum(r => r.Amount), Count: g.Count(r => r.Kind == "gift")));
        var agree = ledger.Select(r => r.GiftId).Distinct().Count() == ledger.Count;
        foreach (var host in running)
        {
            var progress = (await host.Client.GetCampaignAsync(run.CampaignId, cancellationToken)).Progress;
            var campaignOk = progress.RaisedAmount == raised && progress.GiftCount == gifts;
            var donorMismatches = 0;
            foreach (var donor in run.DonorIds)
            {
                var giving = (await host.Client.GetJsonAsync<DonorSnapshot>($"/api/v1/donors/{donor}", cancellationToken)).Giving;
                var want = byDonor.GetValueOrDefault(donor);
                donorMismatches += giving.LifetimeAmount == want.Amount && giving.GiftCount == want.Count ? 0 : 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {host.Name}: campaign {progress.RaisedAmount} in {progress.GiftCount} gifts, ledger {raised} in {gifts} {(campaignOk ? "OK" : "MISMATCH")}; {donorMismatches} donor mismatches"));
            agree &= campaignOk && donorMismatches == 0;
        }

        return (agree, gifts);
    }
}
