using System.Diagnostics;
using System.Globalization;

namespace GiveBack.FaultHarness.Scenarios;

/// <summary>
/// (d) While gifts arrive, PostgreSQL is stopped with <c>pg_ctl stop -m immediate</c> (every backend quits at once, no
/// checkpoint: a crash) and started again after an outage long enough to be seen; the start replays the WAL. No
/// acknowledged gift may be lost (acknowledged means committed, and fsync is on), the hosts must come back by themselves,
/// and every host's /health/ready must say 503 during the outage and 200 after it.
/// </summary>
internal sealed class PostgresRestartScenario : IScenario
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(6);

    public string Name => "postgres-restart";

    public string Title => "PostgreSQL killed (pg_ctl -m immediate) and started again under load";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var run = await context.StartGiftsAsync(Name, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        context.Log("pg_ctl stop -m immediate");
        await context.Postgres.KillAsync();
        var down = Stopwatch.StartNew();
        var unreadyDuringOutage = new HashSet<string>();
        while (down.Elapsed < Outage)
        {
            foreach (var host in context.Hosts)
            {
                if (await host.ReadinessAsync(cancellationToken) == 503)
                {
                    unreadyDuringOutage.Add(host.Name);
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        context.Log($"/health/ready answered 503 during the outage on: {string.Join(", ", unreadyDuringOutage.Order(StringComparer.Ordinal))}");
        await context.Postgres.StartAgainAsync();
        context.Log("PostgreSQL started again");
        var up = Stopwatch.StartNew();
        var recovered = true;
        try
        {
            await Task.WhenAll(context.Hosts.Select(h => h.WaitReadyAsync(TimeSpan.FromMinutes(2), cancellationToken)));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            context.Log(e.Message);
            recovered = false;
        }

        var readyAfter = up.Elapsed;
        context.Log(string.Create(CultureInfo.InvariantCulture, $"every host ready again {readyAfter.TotalSeconds:F1} s after PostgreSQL's start: {recovered}"));
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var allSaw503 = unreadyDuringOutage.Count == context.Hosts.Count;
        return await context.FinishAsync(
            Name, run, recovered && allSaw503,
            string.Create(CultureInfo.InvariantCulture,
                $"503 on {unreadyDuringOutage.Count}/{context.Hosts.Count} hosts during the {Outage.TotalSeconds:F0} s outage; all 200 {readyAfter.TotalSeconds:F1} s after the start"),
            cancellationToken);
    }
}
