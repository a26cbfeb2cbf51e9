using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Jobs;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Engagement.Grains;

public static class EngagementRegistration
{
    /// <summary>
    /// Engagement: its store and model and the ambassador recompute (grains are found by the silo). The recompute's
    /// schedule is a clustered Quartz job on the one scheduler (<see cref="AmbassadorRecomputeJob"/>), so it runs once per
    /// interval for the cluster; <see cref="AmbassadorRecomputeSchedule"/> writes (or removes) its interval trigger.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackEngagement(this IHostApplicationBuilder builder)
    {
        builder.AddGiveBackEngagementStore();
        builder.Services.AddSingleton<ActivityRecorder>();
        builder.Services.AddSingleton<AmbassadorRecompute>();
        builder.Services.AddJobTriggeredBy<AmbassadorRecomputeJob>(AmbassadorRecomputeJob.Key, AmbassadorRecomputeJob.Trigger);
        builder.Services.AddHostedService<AmbassadorRecomputeSchedule>();
        return builder;
    }
}
