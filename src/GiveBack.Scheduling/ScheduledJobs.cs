using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace GiveBack.Scheduling;

/// <summary>
/// How a module puts its jobs on the one Quartz scheduler. The job, its key and its schedule live in the module; this
/// records them, and <see cref="SchedulingRegistration.AddGiveBackScheduling"/> (composed after every module) hands them
/// to Quartz and to the list the schedules endpoint reports. Every job is durable and asks for recovery: a host that
/// dies mid-run hands the fire to another.
/// </summary>
public static class ScheduledJobs
{
    /// <summary>The group every GiveBack job and trigger is stored under.</summary>
    public const string Group = "giveback";

    /// <summary>A job key in GiveBack's group.</summary>
    public static JobKey Key(string name) => new(name, Group);

    /// <summary>
    /// A job on a cron schedule in <c>Scheduling:TimeZone</c>: <c>Scheduling:DailyCron</c> unless <paramref name="cron"/>
    /// reads another setting. Its trigger is "<c>{name}-daily</c>" (stored triggers keep their names).
    /// </summary>
    public static IServiceCollection AddDailyJob<TJob>(
        this IServiceCollection services, JobKey key, Func<IServiceProvider, SchedulingOptions, string>? cron = null)
        where TJob : IJob =>
        services.AddJob(new ScheduledJob(key, new TriggerKey($"{key.Name}-daily", key.Group)) { JobType = typeof(TJob), Cron = cron ?? DailyCron });

    /// <summary>
    /// A job whose trigger the module writes itself at start-up (an interval taken from its own options), named
    /// <paramref name="trigger"/>.
    /// </summary>
    public static IServiceCollection AddJobTriggeredBy<TJob>(this IServiceCollection services, JobKey key, TriggerKey trigger)
        where TJob : IJob =>
        services.AddJob(new ScheduledJob(key, trigger) { JobType = typeof(TJob) });

    /// <summary>
    /// A job that fires every <paramref name="interval"/> (read from the module's options at start; null turns it off),
    /// once per cluster; its trigger, "<c>{name}-interval</c>", is written at each host's start.
    /// </summary>
    public static IServiceCollection AddIntervalJob<TJob>(this IServiceCollection services, JobKey key, Func<IServiceProvider, TimeSpan?> interval)
        where TJob : IJob
    {
        var trigger = IntervalTrigger(key);
        services.AddJobTriggeredBy<TJob>(key, trigger);
        // One schedule writer per job: AddHostedService would keep only the first of a type.
        return services.AddSingleton<IHostedService>(provider => WrittenSchedule.Interval(provider, key, trigger, interval));
    }

    /// <summary>
    /// A job on a cron schedule (in <c>Scheduling:TimeZone</c>) that its module's setting can turn off (null or empty),
    /// once per cluster; its trigger, "<c>{name}-cron</c>", is written at each host's start, or removed when off.
    /// </summary>
    public static IServiceCollection AddCronJob<TJob>(this IServiceCollection services, JobKey key, Func<IServiceProvider, string?> cron)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(key);
        var trigger = new TriggerKey($"{key.Name}-cron", key.Group);
        services.AddJobTriggeredBy<TJob>(key, trigger);
        return services.AddSingleton<IHostedService>(provider => WrittenSchedule.Cron(provider, key, trigger, cron));
    }

    /// <summary>The trigger <see cref="AddIntervalJob{TJob}"/> writes for <paramref name="key"/>.</summary>
    public static TriggerKey IntervalTrigger(JobKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new TriggerKey($"{key.Name}-interval", key.Group);
    }

    private static string DailyCron(IServiceProvider services, SchedulingOptions options) => options.DailyCron;

    private static IServiceCollection AddJob(this IServiceCollection services, ScheduledJob job)
    {
        // Quartz takes its jobs when the scheduler is composed; one registered later would silently never run.
        if (services.Any(d => d.ServiceType == typeof(SchedulerComposed)))
        {
            throw new InvalidOperationException(
                $"The job '{job.Job}' was registered after AddGiveBackScheduling; compose the scheduler after every module.");
        }

        services.AddSingleton(job);
        return services;
    }
}

/// <summary>Marks a service collection whose scheduler is composed: no job can join it any more.</summary>
internal sealed class SchedulerComposed;
