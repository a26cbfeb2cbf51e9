using GiveBack.Scheduling;
using GiveBack.Scheduling.Retention;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Architecture.Tests;

/// <summary>Quartz takes the modules' jobs when the scheduler is composed, so the order of composition is a rule.</summary>
public sealed class SchedulerCompositionTests
{
    [Fact]
    public void A_job_registered_after_the_scheduler_is_composed_is_refused_rather_than_never_run()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Scheduling:Enabled"] = "false";
        builder.AddGiveBackScheduling();

        var error = Assert.Throws<InvalidOperationException>(() => builder.Services.AddDailyJob<RetentionJob>(ScheduledJobs.Key("late")));

        Assert.Contains("after AddGiveBackScheduling", error.Message, StringComparison.Ordinal);
    }
}
