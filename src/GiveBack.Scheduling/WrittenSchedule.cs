using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Scheduling;

/// <summary>
/// Writes a job's trigger at start-up from the module's own setting: an interval (every interval, the first fire one
/// interval from now on the host's clock, the clock Quartz reads) or a cron in <c>Scheduling:TimeZone</c>. The store is
/// shared and outlives hosts, so the trigger is replaced, not added (the last host to start sets the schedule); a
/// setting that turns the job off removes it, as not writing it would not stop a schedule written earlier. Missed fires
/// (the cluster was down) are skipped, not caught up.
/// </summary>
internal sealed class WrittenSchedule(IServiceProvider services, TriggerKey trigger, Func<IServiceProvider, ITrigger?> schedule)
    : IHostedService
{
    /// <summary>Fires every <paramref name="interval"/> (null: off).</summary>
    public static WrittenSchedule Interval(IServiceProvider services, JobKey job, TriggerKey trigger, Func<IServiceProvider, TimeSpan?> interval) =>
        new(services, trigger, provider => interval(provider) is { } every
            ? TriggerBuilder.Create().WithIdentity(trigger).ForJob(job)
                .StartAt(provider.GetRequiredService<TimeProvider>().GetUtcNow() + every)
                .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build()
            : null);

    /// <summary>Fires on <paramref name="cron"/> (null or empty: off).</summary>
    public static WrittenSchedule Cron(IServiceProvider services, JobKey job, TriggerKey trigger, Func<IServiceProvider, string?> cron) =>
        new(services, trigger, provider => cron(provider) is { Length: > 0 } expression
            ? TriggerBuilder.Create().WithIdentity(trigger).ForJob(job)
                .WithCronSchedule(expression, s => s
                    .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(provider.GetRequiredService<IOptions<SchedulingOptions>>().Value.TimeZone))
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .Build()
            : null);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A host with Scheduling:Enabled=false has no scheduler: the hosts that run one keep the schedule.
        if (services.GetService<ISchedulerFactory>() is not { } schedulers)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (schedule(services) is not { } fires)
        {
            await scheduler.UnscheduleJob(trigger, cancellationToken);
            return;
        }

        // Replace: two hosts starting together both succeed, and the later one's schedule stands.
        await scheduler.ScheduleJob(fires, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
