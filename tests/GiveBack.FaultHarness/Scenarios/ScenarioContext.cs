using System.Diagnostics;
using System.Globalization;
using GiveBack.FaultHarness.Cluster;
using GiveBack.FaultHarness.Load;
using GiveBack.LoadHarness;
using GiveBack.LoadHarness.Api;
using GiveBack.LoadHarness.Planning;

namespace GiveBack.FaultHarness.Scenarios;

/// <summary>What a scenario works with: the hosts, PostgreSQL, and the shared steps (set up, load, check, report).</summary>
internal sealed class ScenarioContext(HostCluster cluster, PostgresInstance postgres, HarnessSettings settings)
{
    /// <summary>How long callers keep retrying their unacknowledged gifts once the load stops.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(90);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public HostCluster Cluster => cluster;

    public IReadOnlyList<ServerProcess> Hosts => cluster.Hosts;

    public PostgresInstance Postgres => postgres;

    public HarnessSettings Settings => settings;

    /// <summary>Creates a campaign and donors of the scenario's own through the API (host 1) and starts the gift load on every host.</summary>
    public async Task<GiftRun> StartGiftsAsync(string scenario, CancellationToken cancellationToken)
    {
        var runId = $"{scenario}-{Guid.NewGuid().ToString("N")[..6]}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var startsOn = today.AddDays(-30);
        var options = new HarnessOptions(
            Hosts[0].BaseUrl, settings.AdminKey, settings.Donors, settings.MaxGifts, Concurrency: 8, Campaigns: 1, Warmup: 0, Retries: 0,
            Seed: settings.Seed, MaxDuration: TimeSpan.FromHours(1), GivingDayRate: 0);
        var setup = await Setup.CreateAsync(Hosts[0].Client, options, runId, startsOn, today, cancellationToken)
            ?? throw new InvalidOperationException("The scenario's campaign and donors could not be created.");
        var plan = GiftPlanner.Plan(options, setup.Campaigns, setup.Donors, startsOn, today);
        var load = new GiftLoad(Hosts, plan);
        load.Start(settings.Callers);
        Log($"{settings.Callers} callers sending gifts to {Hosts.Count} hosts in turn");
        return new GiftRun(setup.Campaigns[0], setup.Donors, load);
    }

    /// <summary>Stops the load, lets the callers settle, compares the figures and makes the scenario's row.</summary>
    public async Task<ScenarioResult> FinishAsync(string scenario, GiftRun run, bool scenarioChecks, string detail, CancellationToken cancellationToken)
    {
        await run.Load.StopAsync(Settle);
        var refusals = run.Load.Refusals();
        Log(string.Create(CultureInfo.InvariantCulture,
            $"load stopped: {run.Load.Issued} gifts sent, {run.Load.Acknowledged().Length} acknowledged, {run.Load.Retries} retries, {run.Load.Errors} errors{(refusals.Count > 0 ? " (refused: " + string.Join(", ", refusals.Select(r => $"{r.Key}×{r.Value}")) + ")" : "")}"));
        var agree = await Figures.AgreeAsync(Hosts, run.CampaignId, run.DonorIds, run.Load, cancellationToken);
        var passed = scenarioChecks && agree && run.Load.Errors == 0 && run.Load.Acknowledged().Length > 0;
        run.Load.Dispose();
        return new ScenarioResult(scenario, run.Load.Acknowledged().Length, run.Load.Retries, run.Load.Errors, agree, passed ? Outcome.Passed : Outcome.Failed, detail);
    }

    public static async Task<Placement> PlacementAsync(ServerProcess via, Guid campaignId, CancellationToken cancellationToken) =>
        await via.Client.GetJsonAsync<Placement>($"/api/v1/admin/cluster/campaigns/{campaignId}", cancellationToken);

    /// <summary>A line of the running commentary, with the seconds since the harness started.</summary>
    public void Log(string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,7:F1}s] {message}"));
}
