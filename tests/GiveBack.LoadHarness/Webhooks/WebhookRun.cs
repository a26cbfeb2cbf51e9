using System.Globalization;
using System.Text;
using GiveBack.LoadHarness.Api;
using GiveBack.LoadHarness.Checks;
using GiveBack.LoadHarness.Phases;
using GiveBack.LoadHarness.Plotting;
using GiveBack.StripeEmulator.Webhooks;
using Npgsql;

namespace GiveBack.LoadHarness.Webhooks;

/// <summary>
/// The online path under load (<c>--mode webhooks</c>): <c>--events</c> one-time gifts paid in the emulator, then their
/// <c>payment_intent.succeeded</c> events signed with the host's webhook secret and posted to <c>POST /webhooks/stripe</c>
/// by <c>--concurrency</c> callers. Measured: events accepted per second with their latency, and the ledger effect —
/// from an event's POST to its gift's row in <c>ledger_entries</c> (<c>--db</c>). Checked: every event accepted, every
/// accepted event's gift in the ledger once, and the campaign's progress equal to the ledger and to the money paid.
/// </summary>
internal static class WebhookRun
{
    private const string EndpointPath = "/webhooks/stripe";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<LoadReport> RunAsync(GiveBackClient client, HarnessOptions options, string runId, TextWriter log, CancellationToken stop)
    {
        if (options.EmulatorUrl is null || string.IsNullOrEmpty(options.WebhookSecret) || options.Database is null)
        {
            return new LoadReport(runId, [], [], [], [new CheckResult("webhook mode", false, "--emulator-url, --webhook-secret (or STRIPE_WEBHOOK_SECRET) and --db are required")]);
        }

        await log.WriteLineAsync(string.Create(Inv, $"Load harness run {runId} (webhooks): {options.Events:N0} events, concurrency {options.Concurrency}, against {options.BaseUrl}"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var setup = await Setup.CreateAsync(client, options with { Campaigns = 1, Donors = 1 }, runId, today.AddDays(-1), today, stop, log);
        if (setup is null)
        {
            return new LoadReport(runId, [], [], [], [new CheckResult("setup", false, "the campaign could not be created")]);
        }

        var campaign = setup.Value.Campaigns[0];
        var paid = await OnlinePayments.PrepareAsync(options, campaign, runId, log, stop);
        var store = new OutcomeStore();
        await using var watch = new LedgerWatch(options.Database, [.. paid.Select(p => p.PaymentIntentId)]);
        watch.Start();
        var spec = new PhaseSpec("webhooks", options.Concurrency, paid.Length, null, Measured: true);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var elapsed = await PhaseRunner.RunAsync(spec, 0, store, (index, ct) =>
        {
            var payload = paid[index].EventPayload;
            var signature = WebhookSigner.Header(payload, options.WebhookSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            return client.PostWithHeaderAsync(EndpointPath, "Stripe-Signature", signature, Encoding.UTF8.GetBytes(payload), ct);
        }, log, stop);
        var accepted = PhaseStatistics.Of("events accepted", options.Concurrency, store.Slots(), elapsed);
        await log.WriteLineAsync(accepted.ToString());

        var landed = await watch.FinishAsync(TimeSpan.FromSeconds(60));
        var effects = Enumerable.Range(0, paid.Length)
            .Where(i => store[i].Done && watch.Seen.ContainsKey(paid[i].PaymentIntentId))
            .Select(i => store[i] with { Outcome = store[i].Outcome with { ElapsedTicks = watch.Seen[paid[i].PaymentIntentId] - store[i].StartedAt } })
            .ToArray();
        // Its rate is the booking rate: rows seen from the first POST to the last row.
        var booking = effects.Length == 0 ? elapsed : System.Diagnostics.Stopwatch.GetElapsedTime(started, effects.Max(e => e.StartedAt + e.Outcome.ElapsedTicks));
        var effect = PhaseStatistics.Of($"ledger effect (POST to row, polled every {LedgerWatch.Interval.TotalMilliseconds:F0} ms)", options.Concurrency, effects, booking);
        await log.WriteLineAsync(effect.ToString());

        var gifts = paid.Select((p, i) => new GiftOutcome(p.PaymentIntentId, campaign, Guid.Empty, p.Amount, store[i].Done ? store[i].Outcome.Status : 0, null)).ToArray();
        var checks = await CheckAsync(client, options.Database, campaign, paid, gifts, landed, stop);
        if (options.PlotPath is { } plot)
        {
            var timeline = store.Slots().Select(s => (
                System.Diagnostics.Stopwatch.GetElapsedTime(started, s.StartedAt + s.Outcome.ElapsedTicks).TotalSeconds, PhaseStatistics.Milliseconds(s.Outcome.ElapsedTicks)));
            ThroughputPlot.Write(plot, $"POST {EndpointPath} — run {runId}", SecondSeries.From(timeline), [("webhooks", 0)]);
            await log.WriteLineAsync($"Plot: {Path.GetFullPath(plot)}");
        }

        var report = new LoadReport(runId, gifts, [accepted, effect], [], checks);
        await log.WriteLineAsync("Checks:");
        foreach (var check in checks)
        {
            await log.WriteLineAsync(check.ToString());
        }

        await log.WriteLineAsync(report.Passed ? "CHECK PASSED" : "CHECK FAILED");
        return report;
    }

    private static async Task<List<CheckResult>> CheckAsync(
        GiveBackClient client, string database, Guid campaign, PaidCheckout[] paid, GiftOutcome[] gifts, int landed, CancellationToken stop)
    {
        var acknowledged = gifts.Count(g => g.Acknowledged);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(stop);
        var ledger = (await LedgerAgreement.CampaignFiguresAsync(connection, [campaign], stop)).GetValueOrDefault(campaign);
        var progress = (await ApiAgreement.ProgressAsync(client, [campaign], stop))[0];
        var paidTotal = paid.Sum(p => p.Amount);
        return
        [
            new CheckResult("every event accepted (200)", paid.Length > 0 && acknowledged == paid.Length, string.Create(Inv, $"{acknowledged}/{paid.Length}")),
            new CheckResult("every accepted event's gift in the ledger", landed == paid.Length, string.Create(Inv, $"{landed}/{paid.Length} rows within 60 s")),
            new CheckResult(
                "ledger = campaign progress = money paid", ledger == progress && ledger?.RaisedAmount == paidTotal && ledger.GiftCount == paid.Length,
                string.Create(Inv, $"ledger {ledger}, API {progress}, paid {paidTotal} in {paid.Length} payments")),
        ];
    }
}
