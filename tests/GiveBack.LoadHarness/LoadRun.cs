using System.Diagnostics;
using System.Globalization;
using GiveBack.LoadHarness.Api;
using GiveBack.LoadHarness.Ceilings;
using GiveBack.LoadHarness.Checks;
using GiveBack.LoadHarness.Phases;
using GiveBack.LoadHarness.Planning;
using GiveBack.LoadHarness.Plotting;
using GiveBack.LoadHarness.Webhooks;

namespace GiveBack.LoadHarness;

/// <summary>
/// One run of the harness, in-process or from the command line: setup through the API, the phases, the ceilings, a
/// same-key resend of whatever was not acknowledged, the replay checks, the agreement checks against the API and (with
/// <c>--db</c>) the ledger, and the plot. Everything it finds is in the <see cref="LoadReport"/>; the log
/// gets the running commentary.
/// </summary>
public static class LoadRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<LoadReport> RunAsync(HarnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        using var client = new GiveBackClient(options.BaseUrl, options.ApiKey, options.PeakConcurrency + 8);
        var runId = Guid.NewGuid().ToString("N")[..8];
        if (!await client.WaitUntilReadyAsync(cancellationToken))
        {
            return Failed(runId, "server ready", "the server did not answer /health/ready with 200 within 60 s");
        }

        if (options.Mode == "webhooks")
        {
            return await WebhookRun.RunAsync(client, options, runId, log, cancellationToken);
        }

        await log.WriteLineAsync(string.Create(Inv,
            $"Load harness run {runId}: {options.Campaigns} campaign(s), {options.Donors:N0} donors, {Describe(options)}, against {options.BaseUrl}"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var startsOn = today.AddDays(-90);
        var setup = await Setup.CreateAsync(client, options, runId, startsOn, today, cancellationToken, log);
        if (setup is null)
        {
            return Failed(runId, "setup", "every campaign and donor must be created (201)");
        }

        var source = new GiftSource(options, setup.Value.Campaigns, setup.Value.Donors, startsOn, today);
        var store = new OutcomeStore();
        var (phases, starts) = await RunPhasesAsync(client, options, source, store, log, cancellationToken);
        var ceilings = await CeilingsAsync(client, options, runId, GiftRate(phases), log, cancellationToken);
        await SettleAsync(client, source, store, log, cancellationToken);

        var gifts = Outcomes(source, store);
        var checks = new List<CheckResult> { PlannedOutcomes(source, gifts) };

        // The checks run even when the run's time limit stopped the sending: what was acknowledged must still agree.
        using var checkTime = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        checks.AddRange(await ReplayChecks.CheckAsync(client, source, gifts, options, checkTime.Token));
        checks.AddRange(await ApiAgreement.CheckAsync(client, gifts, source.Campaigns, source.Donors, checkTime.Token));
        if (options.Database is { } database)
        {
            var progress = await ApiAgreement.ProgressAsync(client, source.Campaigns, checkTime.Token);
            checks.AddRange(await LedgerAgreement.CheckAsync(database, source.KeyPrefix, gifts, source.Campaigns, progress, checkTime.Token));
        }

        if (options.PlotPath is { } plot)
        {
            ThroughputPlot.Write(plot, $"POST /api/v1/gifts — run {runId}", SecondSeries.From(Timeline(store, starts[0].At)), [.. starts.Select(s => (s.Name, s.Second))]);
            await log.WriteLineAsync($"Plot: {Path.GetFullPath(plot)}");
        }

        var report = new LoadReport(runId, gifts, phases, ceilings, checks);
        await log.WriteLineAsync("Checks:");
        foreach (var check in checks)
        {
            await log.WriteLineAsync(check.ToString());
        }

        await log.WriteLineAsync(report.Passed ? "CHECK PASSED" : "CHECK FAILED");
        return report;
    }

    private static async Task<(List<PhaseFigures> Phases, List<(string Name, long At, double Second)> Starts)> RunPhasesAsync(
        GiveBackClient client, HarnessOptions options, GiftSource source, OutcomeStore store, TextWriter log, CancellationToken stop)
    {
        Task<CallOutcome> Send(long index, CancellationToken ct)
        {
            var gift = source[index];
            return client.PostAsync("/api/v1/gifts", gift.IdempotencyKey, gift.Body, readId: true, ct);
        }

        var figures = new List<PhaseFigures>();
        var starts = new List<(string Name, long At, double Second)>();
        var specs = PhaseSpec.From(options);
        await log.WriteLineAsync("Gifts:");
        for (var p = 0; p < specs.Count && !stop.IsCancellationRequested; p++)
        {
            var at = Stopwatch.GetTimestamp();
            starts.Add((specs[p].Name, at, starts.Count == 0 ? 0 : Stopwatch.GetElapsedTime(starts[0].At, at).TotalSeconds));
            var cpu = Environment.CpuUsage.TotalTime;
            var elapsed = await PhaseRunner.RunAsync(specs[p], p, store, Send, log, stop);
            cpu = Environment.CpuUsage.TotalTime - cpu;
            var phase = PhaseStatistics.Of(specs[p].Name, specs[p].Concurrency, store.Slots(p), elapsed, source.IsPoisoned);
            await log.WriteLineAsync(phase.ToString());
            await log.WriteLineAsync(string.Create(Inv, $"    harness CPU: {cpu.TotalSeconds:F2} s ({cpu.TotalSeconds / elapsed.TotalSeconds * 100:F0}% of one core)"));
            if (specs[p].Measured)
            {
                figures.Add(phase);
            }
        }

        return (figures, starts);
    }

    /// <summary>The rate the ceilings are compared with: the hold's, or the count-based run's measured phase.</summary>
    private static double GiftRate(List<PhaseFigures> phases) =>
        (phases.FirstOrDefault(p => p.Name == "hold") ?? phases.LastOrDefault(p => p.Name == "measured"))?.PerSecond ?? 0;

    private static async Task<List<CeilingFigures>> CeilingsAsync(
        GiveBackClient client, HarnessOptions options, string runId, double giftRate, TextWriter log, CancellationToken stop)
    {
        var ceilings = new List<CeilingFigures>();
        if (options.CeilingSeconds == 0 || stop.IsCancellationRequested)
        {
            return ceilings;
        }

        await log.WriteLineAsync("Ceilings (same run):");
        var measured = new List<(PhaseFigures Figures, string Unit)> { (await TrivialEndpointCeiling.MeasureAsync(client, options, log, stop), "req/s") };
        if (options.Database is not null)
        {
            measured.AddRange((await DatabaseCeiling.MeasureAsync(options, runId, log, stop)).Select(f => (f, "rows/s")));
        }

        foreach (var (figures, unit) in measured)
        {
            var ceiling = new CeilingFigures(figures.Name, figures.PerSecond, unit, figures.P99, giftRate / Math.Max(figures.PerSecond, 1e-9) * 100);
            ceilings.Add(ceiling);
            await log.WriteLineAsync(figures.ToString());
            await log.WriteLineAsync(string.Create(Inv, $"    {ceiling.PerSecond:F0} {unit}; the gift rate {giftRate:F0}/s is {ceiling.GiftRatePercent:F1}% of it"));
        }

        return ceilings;
    }

    /// <summary>
    /// Up to three same-key resends of every gift neither acknowledged nor refused as planned (a transport error, a 5xx
    /// of a batch that failed with another gift, a gift the time limit left unsent): a resend books it at most once.
    /// </summary>
    private static async Task SettleAsync(GiveBackClient client, GiftSource source, OutcomeStore store, TextWriter log, CancellationToken stop)
    {
        for (var round = 1; round <= 3 && !stop.IsCancellationRequested; round++)
        {
            var unsettled = new List<long>();
            for (long i = 0; i < store.Count; i++)
            {
                var slot = store[i];
                if (!(slot.Done && slot.Outcome.Status is 200 or 201) && !source.IsPoisoned(i))
                {
                    unsettled.Add(i);
                }
            }

            if (unsettled.Count == 0)
            {
                return;
            }

            var resend = await BoundedRunner.RunAsync($"resend {round} of unacknowledged gifts", unsettled.Count, 8, (i, ct) =>
            {
                var gift = source[unsettled[i]];
                return client.PostAsync("/api/v1/gifts", gift.IdempotencyKey, gift.Body, readId: true, ct);
            }, stop);
            await log.WriteLineAsync(resend.Summary());
            for (var i = 0; i < unsettled.Count; i++)
            {
                if (resend.Done[i])
                {
                    ref var slot = ref store[unsettled[i]];
                    slot.Index = unsettled[i];
                    slot.Outcome = resend.Outcomes[i] with { ElapsedTicks = slot.Outcome.ElapsedTicks };
                    slot.Done = true;
                }
            }
        }
    }

    private static GiftOutcome[] Outcomes(GiftSource source, OutcomeStore store)
    {
        var gifts = new GiftOutcome[store.Count];
        for (long i = 0; i < gifts.Length; i++)
        {
            var (campaign, donor, amount, _) = source.Draw(i);
            var slot = store[i];
            gifts[i] = new GiftOutcome(source.KeyOf(i), source.Campaigns[campaign], source.Donors[donor], amount, slot.Done ? slot.Outcome.Status : 0, slot.Outcome.Id);
        }

        return gifts;
    }

    private static CheckResult PlannedOutcomes(GiftSource source, GiftOutcome[] gifts)
    {
        var poisoned = Enumerable.Range(0, gifts.Length).Where(i => source.IsPoisoned(i)).ToArray();
        var poisonAcknowledged = poisoned.Count(i => gifts[i].Acknowledged);
        var poisonNot5xx = poisoned.Count(i => gifts[i].Status < 500);
        var others = gifts.Length - poisoned.Length;
        var othersNot = Enumerable.Range(0, gifts.Length).Count(i => !source.IsPoisoned(i) && !gifts[i].Acknowledged);
        return new CheckResult(
            "every gift acknowledged, every marked gift refused 5xx", gifts.Length > 0 && othersNot == 0 && poisonNot5xx == 0,
            string.Create(Inv, $"{others - othersNot}/{others} acknowledged; {poisoned.Length - poisonNot5xx}/{poisoned.Length} marked gifts answered 5xx ({poisonAcknowledged} acknowledged)"));
    }

    private static IEnumerable<(double, double)> Timeline(OutcomeStore store, long runStart) =>
        store.Slots().Where(s => s.StartedAt >= runStart).Select(s => (
            Stopwatch.GetElapsedTime(runStart, s.StartedAt + s.Outcome.ElapsedTicks).TotalSeconds,
            PhaseStatistics.Milliseconds(s.Outcome.ElapsedTicks)));

    private static string Describe(HarnessOptions options) => options.HoldSeconds == 0
        ? string.Create(Inv, $"{options.Warmup:N0} warm-up + {options.Gifts:N0} measured gifts, concurrency {options.Concurrency}")
        : string.Create(Inv, $"{options.Warmup:N0} warm-up gifts, ramp {options.RampSteps}×{options.RampStepSeconds} s, hold {options.HoldSeconds} s at {options.Concurrency}, spike {options.SpikeSeconds} s at {options.Concurrency * options.SpikeFactor}");

    private static LoadReport Failed(string runId, string name, string detail) => new(runId, [], [], [], [new CheckResult(name, false, detail)]);
}
