using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Engagement.Grains;

public static class EngagementRegistration
{
    /// <summary>
    /// Engagement: its store and model and the ambassador recompute (grains are found by the silo). The recompute's
    /// schedule is a clustered Quartz job (<c>GiveBack.Scheduling</c>), so it runs once per interval for the cluster.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackEngagement(this IHostApplicationBuilder builder)
    {
        builder.AddGiveBackEngagementStore();
        builder.Services.AddSingleton<AmbassadorRecompute>();
        return builder;
    }
}
