using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Engagement.Jobs;

/// <summary>
/// Writes the recompute's trigger at start-up: every <c>Engagement:RecomputeInterval</c>, the first fire one interval
/// from now on the host's clock (the clock Quartz reads), as the per-host timer it replaces did. The store is shared and
/// outlives hosts, so the trigger is replaced, not added (the last host to start sets the schedule, and fires are never
/// closer than an interval), and with <c>Engagement:RecomputeEnabled=false</c> it is removed: not writing it would not
/// stop a schedule written earlier. Missed fires (the cluster was down) are skipped, not caught up.
/// </summary>
internal sealed class AmbassadorRecomputeSchedule(IServiceProvider services, IOptions<EngagementOptions> options, TimeProvider clock)
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
        var key = AmbassadorRecomputeJob.Trigger;
        if (!options.Value.RecomputeEnabled)
        {
            await scheduler.UnscheduleJob(key, cancellationToken);
            return;
        }

        var interval = options.Value.RecomputeInterval;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(AmbassadorRecomputeJob.Key)
            .StartAt(clock.GetUtcNow() + interval)
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        // Replace: two hosts starting together both succeed, and the later one's schedule stands.
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
