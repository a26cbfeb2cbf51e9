using System.Text.RegularExpressions;
using GiveBack.Scheduling.Endpoints;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Jobs;
using GiveBack.Engagement.Tests.Support;
using GiveBack.Scheduling.Runs;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GiveBack.Engagement.Tests;

/// <summary>The ambassador recompute on its own schedule: a clustered Quartz job on the real store, two hosts.</summary>
public sealed partial class AmbassadorScheduleTests : IAsyncLifetime
{
    private EngagementServer _host = null!;

    public async Task InitializeAsync() =>
        // The shortest interval allowed, so the trigger fires by the wall clock within the test.
        _host = await EngagementServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Engagement:RecomputeEnabled"] = "true",
            ["Engagement:RecomputeInterval"] = "00:00:01",
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Two_hosts_run_the_interval_recompute_once_per_fire_and_it_designates_the_ambassadors()
    {
        var now = _host.Clock.GetUtcNow();
        var alumnus = await _host.DonorAsync(2004);
        foreach (var (type, daysAgo) in new[] { ("gave", 1), ("graduate-hired", 5), ("mentored-student", 2) })
        {
            await _host.RecordAsync(alumnus, type, now.AddDays(-daysAgo));
        }

        await using var sibling = await _host.Server.StartSiblingAsync();
        var runs = _host.Server.Services.GetRequiredService<JobRunLog>();
        var before = await runs.CountAsync(AmbassadorRecomputeJob.Key.Name);

        await Eventually.TrueAsync(
            async () => await runs.CountAsync(AmbassadorRecomputeJob.Key.Name) >= before + 4,
            "four fires of the recompute's interval trigger with both hosts up",
            TimeSpan.FromSeconds(60));

        // Nobody fired the job by hand: the trigger did, and the engaged alumnus is the one ambassador.
        var engagement = await Http.GetAsync<EngagementResponse>(_host.Client, $"/api/v1/donors/{alumnus}/engagement");
        Assert.True(engagement.Ambassador);
        Assert.Equal("ambassador", engagement.Stage);

        // Each scheduled fire ran on one host only: no fire time appears twice among the recorded runs.
        var recorded = (await runs.LatestAsync(1_000))[AmbassadorRecomputeJob.Key.Name].ToList();
        Assert.All(recorded, r => Assert.Equal("succeeded", r.Outcome));
        var fires = recorded.Select(r => FireDue().Match(r.Detail!).Groups[1].Value).ToList();
        Assert.All(fires, f => Assert.NotEqual(string.Empty, f));
        Assert.Equal(fires.Count, fires.Distinct().Count());
        Assert.Contains("1 engaged alumni, 1 ambassadors", recorded[0].Detail, StringComparison.Ordinal);

        var schedules = await Http.GetAsync<List<ScheduleResponse>>(_host.Client, "/api/v1/schedules");
        var recompute = Assert.Single(schedules, s => s.Job == AmbassadorRecomputeJob.Key.Name);
        Assert.True(recompute.Enabled);
        Assert.NotNull(recompute.NextFireAt);
    }

    [Fact]
    public async Task A_host_started_with_the_recompute_switched_off_removes_the_stored_trigger()
    {
        var trigger = AmbassadorRecomputeJob.Trigger;
        var scheduler = await _host.Server.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(trigger));

        // The store is shared and outlives hosts: a trigger written earlier keeps firing unless a host removes it.
        await using var switchedOff = await _host.Server.StartSiblingAsync(new Dictionary<string, string?>
        {
            ["Engagement:RecomputeEnabled"] = "false",
        });

        Assert.Null(await scheduler.GetTrigger(trigger));
        var schedules = await Http.GetAsync<List<ScheduleResponse>>(_host.Client, "/api/v1/schedules");
        Assert.Null(Assert.Single(schedules, s => s.Job == AmbassadorRecomputeJob.Key.Name).NextFireAt);
    }

    [GeneratedRegex(@"\(fire due ([^)]+)\)$")]
    private static partial Regex FireDue();
}
