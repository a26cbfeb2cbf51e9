using System.Net;
using GiveBack.Scheduling.Endpoints;
using GiveBack.Domain.Outreach;
using GiveBack.FunctionalTests.Pledges;
using GiveBack.Giving.Jobs;
using GiveBack.Pledges.Jobs;
using GiveBack.Scheduling;
using GiveBack.Scheduling.Runs;
using GiveBack.Testing;
using GiveBack.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GiveBack.FunctionalTests.Scheduling;

/// <summary>The real Quartz store on PostgreSQL: fires survive restarts and run once across schedulers.</summary>
public sealed class ClusteredSchedulerTests : IAsyncLifetime
{
    private readonly PledgeWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_reminder_scheduled_before_a_restart_fires_after_it_and_is_sent_exactly_once()
    {
        // Real time here: the trigger must fire by the wall clock after the host comes back.
        await using var server = await GiveBackServer.StartAsync();
        var client = server.CreateClient();
        var donor = await Http.CreateDonorAsync(client);
        var campaign = await Http.CreateCampaignAsync(client);
        var firstDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var pledge = await Http.ReadAsync<GiveBack.Pledges.Endpoints.PledgeResponse>(
            await Http.PostAsync(client, "/api/v1/pledges", new { donorId = donor.Id, campaignId = campaign.Id, amount = 6_000, currency = "EUR", installmentCount = 3, frequency = "monthly", firstDueOn = firstDue }),
            HttpStatusCode.Created);
        await ScheduleOnceAsync(server, InstallmentReminderJob.Key, DateTimeOffset.UtcNow.AddSeconds(4));

        await server.RestartAsync();

        var runs = server.Services.GetRequiredService<JobRunLog>();
        await Eventually.TrueAsync(async () => await runs.CountAsync(InstallmentReminderJob.Key.Name) >= 1, "the reminder fire scheduled before the restart", TimeSpan.FromSeconds(60));
        await PledgeWorld.RunJobAsync(server, InstallmentReminderJob.Key);
        // A new client: the restarted host listens on a new port.
        var messages = await Http.OutreachAsync(server.CreateClient(), donor.Id, OutreachKinds.PledgeReminder);
        Assert.Equal($"{pledge.Id}:1", Assert.Single(messages).Reference);
    }

    [Fact]
    public async Task Two_schedulers_on_one_database_run_each_fire_once()
    {
        await using var server = await GiveBackServer.StartAsync();
        await using var sibling = await server.StartSiblingAsync();
        var key = new TriggerKey("campaign-calendar-burst", ScheduledJobs.Group);
        var scheduler = await Scheduler(server);
        await scheduler.ScheduleJob(
            TriggerBuilder.Create().WithIdentity(key).ForJob(CampaignCalendarJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddSeconds(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(700)).WithRepeatCount(5))
                .Build());

        var runs = server.Services.GetRequiredService<JobRunLog>();
        await Eventually.TrueAsync(async () => await scheduler.GetTrigger(key) is null && await runs.CountAsync(CampaignCalendarJob.Key.Name) >= 6, "all six fires of the burst trigger", TimeSpan.FromSeconds(60));
        // One more fire, run and recorded after the burst: a duplicate of any burst fire would have been recorded by now.
        await PledgeWorld.RunJobAsync(sibling, CampaignCalendarJob.Key);

        Assert.Equal(7, await runs.CountAsync(CampaignCalendarJob.Key.Name));
        var schedules = await Http.GetAsync<List<ScheduleResponse>>(server.CreateClient(), "/api/v1/schedules");
        var calendar = Assert.Single(schedules, s => s.Job == CampaignCalendarJob.Key.Name);
        Assert.True(calendar.Enabled);
        Assert.NotNull(calendar.NextFireAt);
        Assert.Equal(5, calendar.LastRuns.Count);
        Assert.All(calendar.LastRuns, r => Assert.Equal("succeeded", r.Outcome));
    }

    [Fact]
    public async Task The_schedules_endpoint_lists_every_job_and_needs_a_key()
    {
        var schedules = await Http.GetAsync<List<ScheduleResponse>>(_world.Client, "/api/v1/schedules");

        // Each module puts its own jobs on the scheduler; the endpoint lists them all, by name.
        string[] expected =
        [
            "ambassador-recompute", "campaign-calendar", "crm-sync", "installment-reminders", "lybunt-appeal",
            "offline-receipts", "overdue-installments", "recurring-gift-follow-up", "retention", "statement-runs",
            "statements-year-end",
        ];
        Assert.Equal(expected, schedules.Select(s => s.Job));
        // The interval jobs have no cron schedule: their triggers are written at each host's start. The year-end
        // statements are off in the test host (an empty Statements:YearEndCron), so it has none either.
        Assert.All(
            schedules.Where(s => s.Job is not ("ambassador-recompute" or "offline-receipts" or "statement-runs" or "statements-year-end")),
            s => Assert.NotNull(s.Schedule));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _world.Server.CreateClient(apiKey: null).GetAsync("/api/v1/schedules")).StatusCode);
    }

    private static async Task ScheduleOnceAsync(GiveBackServer server, JobKey job, DateTimeOffset at) =>
        await (await Scheduler(server)).ScheduleJob(TriggerBuilder.Create().ForJob(job).StartAt(at).Build());

    private static async Task<IScheduler> Scheduler(GiveBackServer server) =>
        await server.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
}
