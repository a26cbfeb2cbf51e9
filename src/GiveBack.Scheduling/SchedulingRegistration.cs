using GiveBack.Ledger.Outreach;
using GiveBack.Ledger.Postgres;
using GiveBack.Ledger.Retention;
using GiveBack.Scheduling.Jobs;
using GiveBack.Scheduling.Outreach;
using GiveBack.Scheduling.Retention;
using GiveBack.Scheduling.Runs;
using GiveBack.Scheduling.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace GiveBack.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>
    /// Quartz with the clustered AdoJobStore on the product's PostgreSQL database (its tables a versioned step of the
    /// schema migrator). Every host may run a scheduler: the store's row locks make each fire run on exactly one.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        builder.Services.AddSingleton<JobRunRecorder>();
        // Any host's dispatcher may send a pledge message, whether or not this host runs the scheduler.
        builder.Services.AddSingleton<IOutreachKindHandler, PledgeOutreachStamps>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IRetentionPruner, DeliveredOutboxPruner>();
        builder.Services.AddSingleton<IRetentionPruner, PluginDeliveryPruner>();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddSchemaScript(QuartzSchema.Id, QuartzSchema.Sql());
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var retention = builder.Configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        // Writes (or removes) the recompute's interval trigger once the scheduler's configuration is stored.
        builder.Services.AddHostedService<AmbassadorRecomputeSchedule>();
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
            AddDaily<InstallmentReminderJob>(quartz, JobKeys.InstallmentReminders, options.DailyCron, timeZone);
            AddDaily<OverdueInstallmentJob>(quartz, JobKeys.OverdueInstallments, options.DailyCron, timeZone);
            AddDaily<CampaignCalendarJob>(quartz, JobKeys.CampaignCalendar, options.DailyCron, timeZone);
            AddDaily<LybuntAppealJob>(quartz, JobKeys.LybuntAppeal, options.DailyCron, timeZone);
            AddDaily<RecurringGiftFollowUpJob>(quartz, JobKeys.RecurringGiftFollowUp, options.DailyCron, timeZone);
            AddDaily<CrmSyncJob>(quartz, JobKeys.CrmSync, options.CrmSyncCron, timeZone);
            AddDaily<RetentionJob>(quartz, JobKeys.Retention, retention.Cron, timeZone);
            AddDurable<AmbassadorRecomputeJob>(quartz, JobKeys.AmbassadorRecompute);
            quartz.AddJobListener(services => services.GetRequiredService<JobRunRecorder>(), []);
        });
        builder.AddQuartzHostedService(hosted =>
        {
            hosted.WaitForJobsToComplete = true;
            hosted.AwaitApplicationStarted = true;
        });
        return builder;
    }

    private static void AddDaily<TJob>(IQuartzBuilder quartz, JobKey key, string cron, TimeZoneInfo timeZone)
        where TJob : IJob
    {
        AddDurable<TJob>(quartz, key);
        quartz.AddTrigger(trigger => trigger
            .ForJob(key)
            .WithIdentity(JobKeys.TriggerOf(key))
            .WithCronSchedule(cron, schedule => schedule.InTimeZone(timeZone)));
    }

    private static void AddDurable<TJob>(IQuartzBuilder quartz, JobKey key)
        where TJob : IJob =>
        quartz.AddJob(typeof(TJob), job => job.WithIdentity(key).StoreDurably().RequestRecovery());
}
