using GiveBack.Data.Postgres;
using GiveBack.Data.Retention;
using GiveBack.Scheduling.Retention;
using GiveBack.Scheduling.Runs;
using GiveBack.Scheduling.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>
    /// The one scheduler: Quartz with the clustered AdoJobStore on the product's PostgreSQL database (its tables a
    /// versioned step of the schema migrator). Every host may run a scheduler: the store's row locks make each fire run
    /// on exactly one. The jobs belong to the modules, which add them with <see cref="ScheduledJobs"/>; compose this
    /// after every module (a job registered later is refused). It names no module's job, only retention's.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        builder.Services.AddGiveBackDbContext<SchedulingDbContext>(SchedulingDbContext.MigrationsHistoryTable);
        builder.Services.AddSingleton<JobRunLog>();
        builder.Services.AddSingleton<JobRunRecorder>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddDailyJob<RetentionJob>(RetentionJob.Key, (services, _) => services.GetRequiredService<IOptions<RetentionOptions>>().Value.Cron);
        // Only the modules' job records are read: other descriptors (keyed ones among them) are not touched.
        var jobs = builder.Services.Where(d => d.ServiceType == typeof(ScheduledJob)).Select(d => (ScheduledJob)d.ImplementationInstance!).ToList();
        builder.Services.AddSingleton<SchedulerComposed>();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddSchemaScript(QuartzSchema.Id, QuartzSchema.Sql());
        builder.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "giveback";
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                // Connections from the host's one NpgsqlDataSource (registered as DbDataSource too); the tables come
                // from the schema migrator, so Quartz only validates them (its default).
                store.UsePostgres(dataSource => dataSource.UseRegisteredDataSource = true);
                store.UseSystemTextJsonSerializer(_ => { });
                store.UseClustering(_ => { });
            });
            // The modules' jobs (ScheduledJobs.AddDailyJob, AddJobTriggeredBy), all in the cron's time zone.
            var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
            foreach (var job in jobs)
            {
                quartz.AddJob(job.JobType, configure => configure.WithIdentity(job.Job).StoreDurably().RequestRecovery());
                if (job.Cron is { } cron)
                {
                    quartz.AddTrigger((services, trigger) => trigger
                        .ForJob(job.Job)
                        .WithIdentity(job.Trigger)
                        .WithCronSchedule(cron(services, options), schedule => schedule.InTimeZone(timeZone)));
                }
            }

            quartz.AddJobListener(services => services.GetRequiredService<JobRunRecorder>(), []);
        });
        builder.AddQuartzHostedService(hosted =>
        {
            hosted.WaitForJobsToComplete = true;
            hosted.AwaitApplicationStarted = true;
        });
        return builder;
    }
}
