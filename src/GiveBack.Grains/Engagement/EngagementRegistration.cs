using GiveBack.Engagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Grains.Engagement;

public static class EngagementRegistration
{
    /// <summary>Engagement: its store and model, the ambassador recompute and its schedule (grains are found by the silo).</summary>
    public static IHostApplicationBuilder AddGiveBackEngagement(this IHostApplicationBuilder builder)
    {
        builder.AddGiveBackEngagementStore();
        builder.Services.AddSingleton<AmbassadorRecompute>();
        builder.Services.AddHostedService<AmbassadorRecomputeSchedule>();
        return builder;
    }
}
