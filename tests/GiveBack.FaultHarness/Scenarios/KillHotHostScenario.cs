using System.Diagnostics;
using System.Globalization;

namespace GiveBack.FaultHarness.Scenarios;

/// <summary>
/// (b) While gifts arrive, SIGKILL the host whose silo holds the hot campaign's grain. Orleans' membership probes
/// declare the silo dead; the grain reactivates on a surviving silo from the ledger; callers retrying with their keys
/// lose and double nothing. The killed host is started again afterwards, so the next scenario has three.
/// </summary>
internal sealed class KillHotHostScenario : IScenario
{
    public string Name => "kill-hot-host";

    public string Title => "kill -9 of the host holding the hot campaign grain while gifts arrive";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var run = await context.StartGiftsAsync(Name, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var before = await ScenarioContext.PlacementAsync(context.Hosts[0], run.CampaignId, cancellationToken);
        var victim = context.Cluster.HostOfSilo(before.Silo)
            ?? throw new InvalidOperationException($"The campaign grain is on {before.Silo ?? "no silo"}, not on one of the harness's hosts.");
        context.Log($"the campaign grain is on {victim.Name} ({victim.SiloEndpoint}); kill -9 {victim.ProcessId}");
        await victim.KillAsync();
        var killedAt = Stopwatch.StartNew();

        // Until the survivors have declared the silo dead and the campaign answers from one of them.
        var survivor = context.Hosts.First(h => h != victim);
        Placement after;
        TimeSpan? declaredDead = null;
        while (true)
        {
            after = await ScenarioContext.PlacementAsync(survivor, run.CampaignId, cancellationToken);
            if (declaredDead is null && !after.ActiveSilos.Contains(victim.SiloEndpoint))
            {
                declaredDead = killedAt.Elapsed;
                context.Log(string.Create(CultureInfo.InvariantCulture, $"{victim.Name}'s silo declared dead after {declaredDead.Value.TotalSeconds:F1} s"));
            }

            if (declaredDead is not null && after.Silo is not null && after.Silo != victim.SiloEndpoint)
            {
                break;
            }

            if (killedAt.Elapsed > TimeSpan.FromMinutes(2))
            {
                context.Log("the campaign grain did not move within 2 minutes");
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        var movedAfter = killedAt.Elapsed;
        var moved = after.Silo is not null && after.Silo != victim.SiloEndpoint;
        var newHost = context.Cluster.HostOfSilo(after.Silo)?.Name ?? "?";
        context.Log(string.Create(CultureInfo.InvariantCulture, $"the campaign grain is active on {newHost} {movedAfter.TotalSeconds:F1} s after the kill"));
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var result = await context.FinishAsync(
            Name, run, moved,
            string.Create(CultureInfo.InvariantCulture, $"{victim.Name} killed; dead after {declaredDead?.TotalSeconds:F1} s; grain on {newHost} after {movedAfter.TotalSeconds:F1} s"),
            cancellationToken);
        await context.Cluster.EnsureAllRunningAsync(cancellationToken);
        return result;
    }
}
