using System.Diagnostics;
using System.Globalization;

namespace GiveBack.FaultHarness.Scenarios;

/// <summary>
/// (e) While gifts arrive, each host in turn is stopped with SIGTERM (a graceful shutdown: the silo hands its grains
/// off and leaves the cluster), started again and waited for until ready, before the next. Callers may retry; none may
/// end with an error.
/// </summary>
internal sealed class RollingRestartScenario : IScenario
{
    public string Name => "rolling-restart";

    public string Title => "rolling restart of every host, one by one, under load";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var run = await context.StartGiftsAsync(Name, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var clock = Stopwatch.StartNew();
        foreach (var host in context.Hosts)
        {
            context.Log($"SIGTERM {host.Name}");
            var stopping = Stopwatch.StartNew();
            await host.StopAsync(TimeSpan.FromMinutes(1));
            context.Log(string.Create(CultureInfo.InvariantCulture, $"{host.Name} stopped in {stopping.Elapsed.TotalSeconds:F1} s; starting it again"));
            host.Start();
            await host.WaitReadyAsync(TimeSpan.FromMinutes(3), cancellationToken);
            context.Log($"{host.Name} ready");
        }

        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        return await context.FinishAsync(
            Name, run, scenarioChecks: true,
            string.Create(CultureInfo.InvariantCulture, $"{context.Hosts.Count} hosts restarted in {clock.Elapsed.TotalSeconds:F0} s"),
            cancellationToken);
    }
}
