namespace GiveBack.FaultHarness.Scenarios;

/// <summary>(a) No fault: gifts through all three hosts in turn; every host reports the same donor and campaign figures as the ledger.</summary>
internal sealed class ThreeHostsScenario : IScenario
{
    public string Name => "three-hosts";

    public string Title => "three hosts, one cluster: a gift booked through any host moves the same figures everywhere";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var run = await context.StartGiftsAsync(Name, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        var placement = await ScenarioContext.PlacementAsync(context.Hosts[0], run.CampaignId, cancellationToken);
        var members = placement.ActiveSilos.Length;
        return await context.FinishAsync(
            Name, run, scenarioChecks: members == context.Hosts.Count, $"{members} active silos; campaign grain on {context.Cluster.HostOfSilo(placement.Silo)?.Name ?? "?"}", cancellationToken);
    }
}
