using System.Globalization;
using GiveBack.FaultHarness;
using GiveBack.FaultHarness.Cluster;
using GiveBack.FaultHarness.Scenarios;

// dotnet run -c Release --project tests/GiveBack.FaultHarness -- --scenario all   (or tools/fault-harness.sh)
IScenario[] all =
[
    new ThreeHostsScenario(),
    new KillHotHostScenario(),
    new OutboxReplayScenario(),
    new PostgresRestartScenario(),
    new RollingRestartScenario(),
    new QuartzFailoverScenario(),
];

var repository = Shell.Repository();
HarnessSettings settings;
try
{
    settings = HarnessSettings.Parse(args, repository);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine($"Scenarios: all, {string.Join(", ", all.Select(s => s.Name))}");
    return 2;
}

var chosen = settings.Scenarios.Contains("all") ? all : all.Where(s => settings.Scenarios.Contains(s.Name)).ToArray();
if (chosen.Length == 0)
{
    Console.Error.WriteLine($"No such scenario. Scenarios: all, {string.Join(", ", all.Select(s => s.Name))}");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var logs = Directory.CreateTempSubdirectory("giveback-fault-logs.").FullName;
Console.WriteLine($"Fault harness: {chosen.Length} scenario(s), {settings.Callers} callers, {settings.Donors} donors per scenario; server {settings.ServerDll}; host logs in {logs}");
Console.WriteLine("Orleans membership: the product's defaults (a silo is declared dead after missed probes and two votes; see docs/benchmarks.md).");
await using var postgres = await PostgresInstance.StartAsync(repository);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL: 127.0.0.1:{postgres.Port} ({postgres.DataDirectory}), fsync on"));
var clusterSettings = new ClusterSettings(
    repository, settings.ServerDll, postgres.ConnectionString, "giveback-fault", settings.AdminKey, logs, QuartzFailoverScenario.HostArguments);
using var cluster = await HostCluster.StartAsync(clusterSettings, 3, cancel.Token);
Console.WriteLine("Hosts: " + string.Join("; ", cluster.Hosts.Select(h => $"{h.Name} http {h.Ports.Http}, silo {h.Ports.Silo}, gateway {h.Ports.Gateway}")));

var context = new ScenarioContext(cluster, postgres, settings);
var results = new List<ScenarioResult>();
foreach (var scenario in chosen)
{
    Console.WriteLine();
    context.Log($"scenario {scenario.Name}: {scenario.Title}");
    ScenarioResult result;
    try
    {
        await cluster.EnsureAllRunningAsync(cancel.Token);
        result = await scenario.RunAsync(context, cancel.Token);
    }
    catch (Exception e) when (e is not OperationCanceledException)
    {
        context.Log($"scenario {scenario.Name} failed: {e.Message}");
        result = new ScenarioResult(scenario.Name, 0, 0, 0, null, Outcome.Failed, e.Message.ReplaceLineEndings(" "));
    }

    context.Log($"scenario {scenario.Name}: {result.Outcome}");
    results.Add(result);
}

Console.WriteLine();
foreach (var scenario in chosen)
{
    Console.WriteLine($"- {scenario.Name}: {scenario.Title}");
}

Console.WriteLine();
Console.Write(ResultTable.Render(results));
var failed = results.Count(r => r.Outcome == Outcome.Failed);
Console.WriteLine(failed == 0 ? "ALL SCENARIOS PASSED" : $"{failed} SCENARIO(S) FAILED");
return failed == 0 ? 0 : 1;
