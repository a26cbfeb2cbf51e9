using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Jobs;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Engagement.Grains;

public static class EngagementRegistration
{
    /// <summary>
    /// Engagement: its store and model and the ambassador recompute (grains are found by the silo). The recompute's
    /// schedule is a clustered Quartz job on the one scheduler (<see cref="AmbassadorRecomputeJob"/>), so it runs once per
    /// interval for the cluster, its trigger written (or removed, when <c>Engagement:RecomputeEnabled</c> is off) at start.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackEngagement(this IHostApplicationBuilder builder)
    {
        builder.AddGiveBackEngagementStore();
        builder.Services.AddSingleton<ActivityRecorder>();
        builder.Services.AddSingleton<AmbassadorRecompute>();
        builder.Services.AddIntervalJob<AmbassadorRecomputeJob>(AmbassadorRecomputeJob.Key, services =>
        {
            var options = services.GetRequiredService<IOptions<EngagementOptions>>().Value;
            return options.RecomputeEnabled ? options.RecomputeInterval : null;
        });
        return builder;
    }
}
