using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GiveBack.FaultHarness.Cluster;
using Npgsql;

namespace GiveBack.FaultHarness.Scenarios;

/// <summary>
/// (f) A Quartz job's host killed mid-run: the job is run again by another host and completes once. The job is the
/// product's own offline-receipt run (every gift keyed in gets the next receipt number and a thank-you), on a short
/// interval so that gifts pile up behind it while the load runs: the harness waits until a run is executing (Quartz's
/// <c>qrtz_fired_triggers</c>), finds its host from the scheduler instance id each host logs when its scheduler starts,
/// and kills that host with SIGKILL. Quartz's cluster check-in notices the dead instance and a survivor runs the job
/// again (every job is stored with RequestRecovery and is idempotent). It passes when a run by another host succeeded
/// after the kill and every gift of the scenario then has exactly one receipt and one thank-you, with the fiscal year's
/// receipt numbers still gap-free (a half-done run burned none).
/// </summary>
internal sealed partial class QuartzFailoverScenario : IScenario
{
    private const string Job = "offline-receipts";

    /// <summary>
    /// Settings every host of the harness starts with: the offline-receipt job every 15 s (not every minute), and the
    /// scheduler's start line in the log, which names its instance id.
    /// </summary>
    public static IReadOnlyList<string> HostArguments { get; } =
    [
        "--Receipts:OfflineInterval=00:00:15",
        "--Logging:LogLevel:Quartz.Core.QuartzScheduler=Information",
    ];

    public string Name => "quartz-failover";

    public string Title => "a Quartz job's host killed mid-run: the job completes once elsewhere";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        await using var database = NpgsqlDataSource.Create(context.Postgres.ConnectionString);
        // The job's first run only marks where it starts following the ledger (gifts before it are not its to
        // receipt), so the scenario's gifts wait for that mark.
        var started = Stopwatch.StartNew();
        while (!await FollowingAsync(database, cancellationToken) && started.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        var run = await context.StartGiftsAsync(Name, cancellationToken);

        // A run that starts after 10 s of gifts has a backlog behind it, so it is still running when it is found.
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        var waited = Stopwatch.StartNew();
        string? instance = null;
        while (instance is null && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            instance = await ExecutingInstanceAsync(database, cancellationToken);
            if (instance is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }

        if (instance is null)
        {
            await run.Load.StopAsync(ScenarioContext.Settle);
            run.Load.Dispose();
            return new ScenarioResult(Name, run.Load.Acknowledged().Length, run.Load.Retries, run.Load.Errors, null, Outcome.Failed, $"no {Job} run was seen executing in 90 s");
        }

        var victim = HostOf(context.Hosts, instance)
            ?? throw new InvalidOperationException($"No host logged the scheduler instance {instance}.");
        context.Log($"{Job} is running on {victim.Name} (scheduler {instance}); kill -9 {victim.ProcessId}");
        var killedAt = DateTimeOffset.UtcNow;
        await victim.KillAsync();
        await run.Load.StopAsync(ScenarioContext.Settle);
        var bookedBy = DateTimeOffset.UtcNow;

        // A survivor's run that started after the last gift was booked has receipted everything the killed run left.
        var finished = Stopwatch.StartNew();
        string? survivorRun = null;
        while (survivorRun is null && finished.Elapsed < TimeSpan.FromMinutes(2))
        {
            survivorRun = await SucceededRunAsync(database, instance, bookedBy, cancellationToken);
            if (survivorRun is null)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        var recovered = await SucceededRunAsync(database, instance, killedAt, cancellationToken);
        var (gifts, receipted, thanked, gapFree) = await ReceiptsAsync(database, run.CampaignId, cancellationToken);
        var once = survivorRun is not null && receipted == gifts && thanked == gifts && gapFree;
        context.Log(string.Create(CultureInfo.InvariantCulture,
            $"after the kill: {(recovered is null ? "no run by another host" : "run by " + (HostOf(context.Hosts, recovered)?.Name ?? recovered))}; {gifts} gifts, {receipted} with one receipt, {thanked} with one thank-you, receipt numbers {(gapFree ? "gap-free" : "WITH GAPS")}"));
        var result = await context.FinishAsync(
            Name, run, once,
            string.Create(CultureInfo.InvariantCulture,
                $"{victim.Name} killed mid-run; completed on {(recovered is null ? "none" : HostOf(context.Hosts, recovered)?.Name ?? "?")}; {receipted}/{gifts} receipted once, {thanked}/{gifts} thanked once"),
            cancellationToken);
        await context.Cluster.EnsureAllRunningAsync(cancellationToken);
        return result;
    }

    private static async Task<bool> FollowingAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM ledger_followers WHERE name = $1");
        command.Parameters.AddWithValue(Job);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    /// <summary>The scheduler instance executing the job now, if any.</summary>
    private static async Task<string?> ExecutingInstanceAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = $1 AND state = 'EXECUTING' LIMIT 1");
        command.Parameters.AddWithValue(Job);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>A successful run of the job by another instance that started at or after <paramref name="since"/>.</summary>
    private static async Task<string?> SucceededRunAsync(NpgsqlDataSource database, string killed, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT instance FROM job_runs WHERE job = $1 AND instance <> $2 AND outcome = 'succeeded' AND started_at >= $3 ORDER BY started_at LIMIT 1");
        command.Parameters.AddWithValue(Job);
        command.Parameters.AddWithValue(killed);
        command.Parameters.AddWithValue(since);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The campaign's gifts, how many have exactly one receipt and one thank-you, and whether numbers are gap-free.</summary>
    private static async Task<(long Gifts, long Receipted, long Thanked, bool GapFree)> ReceiptsAsync(
        NpgsqlDataSource database, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            SELECT count(*),
                   count(*) FILTER (WHERE (SELECT count(*) FROM receipts r WHERE r.gift_id = g.id) = 1),
                   count(*) FILTER (WHERE (SELECT count(*) FROM outreach_messages m WHERE m.kind = 'thank-you' AND m.reference = g.id::text) = 1),
                   (SELECT bool_and(n = m) FROM (SELECT fiscal_year, count(*) AS n, max(sequence) - min(sequence) + 1 AS m FROM receipts GROUP BY fiscal_year) y)
            FROM ledger_entries g
            WHERE g.campaign_id = $1 AND g.kind = 'gift'
            """);
        command.Parameters.AddWithValue(campaignId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), !reader.IsDBNull(3) && reader.GetBoolean(3));
    }

    /// <summary>The host whose log names <paramref name="instance"/> as its scheduler's instance id.</summary>
    private static ServerProcess? HostOf(IReadOnlyList<ServerProcess> hosts, string instance) =>
        hosts.FirstOrDefault(h => File.Exists(h.LogFile)
            && SchedulerStarted().Matches(File.ReadAllText(h.LogFile)).Any(m => m.Groups["instance"].Value == instance));

    [GeneratedRegex(@"Scheduler giveback_\$_(?<instance>\S+) started")]
    private static partial Regex SchedulerStarted();
}
