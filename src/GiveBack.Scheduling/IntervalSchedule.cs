using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace GiveBack.Scheduling;

/// <summary>
/// Writes an interval job's trigger at start-up: every interval, the first fire one interval from now on the host's
/// clock (the clock Quartz reads). The store is shared and outlives hosts, so the trigger is replaced, not added (the
/// last host to start sets the schedule, and fires are never closer than an interval); a null interval (the module's
/// setting turns the job off) removes it, as not writing it would not stop a schedule written earlier. Missed fires
/// (the cluster was down) are skipped, not caught up.
/// </summary>
internal sealed class IntervalSchedule(IServiceProvider services, JobKey job, TriggerKey trigger, Func<IServiceProvider, TimeSpan?> interval)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A host with Scheduling:Enabled=false has no scheduler: the hosts that run one keep the schedule.
        if (services.GetService<ISchedulerFactory>() is not { } schedulers)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (interval(services) is not { } every)
        {
            await scheduler.UnscheduleJob(trigger, cancellationToken);
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var fires = TriggerBuilder.Create()
            .WithIdentity(trigger)
            .ForJob(job)
            .StartAt(clock.GetUtcNow() + every)
            .WithSimpleSchedule(schedule => schedule.WithInterval(every).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        // Replace: two hosts starting together both succeed, and the later one's schedule stands.
        await scheduler.ScheduleJob(fires, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
