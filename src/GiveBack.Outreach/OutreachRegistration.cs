using GiveBack.Data.Postgres;
using GiveBack.Domain.Erasure;
using GiveBack.Domain.Exports;
using GiveBack.Domain.Institution;
using GiveBack.Ledger.Consent;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Consent;
using GiveBack.Outreach.Dispatch;
using GiveBack.Outreach.Exports;
using GiveBack.Outreach.Jobs;
using GiveBack.Outreach.Privacy;
using GiveBack.Outreach.Queue;
using GiveBack.Outreach.Staff;
using GiveBack.Outreach.Templates;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Outreach;

public static class OutreachRegistration
{
    /// <summary>
    /// The outreach module: its options, the queue, the templates and the dispatcher that sends queued messages through
    /// the plugins' channels, and the yearly appeal to lapsed donors (<see cref="LybuntAppealJob"/>). Map its API with <c>MapOutreachApi</c>. Modules that own a kind of message register an
    /// <c>IOutreachKindHandler</c> for it (an <c>IStaffOutreachKindHandler</c> for a message to staff).
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackOutreach(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OutreachOptions>()
            .BindConfiguration(OutreachOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.BackoffBase <= o.BackoffMax, "Outreach: BackoffBase must not exceed BackoffMax.")
            .ValidateOnStart();
        services.AddSingleton<IInstitutionName, OutreachInstitutionName>();
        services.AddGiveBackDbContext<OutreachDbContext>(OutreachDbContext.MigrationsHistoryTable);
        // One outbox, two doors: every module's messages to donors, and the workspace's messages to staff.
        services.AddSingleton<OutreachOutbox>();
        services.AddSingleton<IOutreachOutbox>(provider => provider.GetRequiredService<OutreachOutbox>());
        services.AddSingleton<IStaffOutbox>(provider => provider.GetRequiredService<OutreachOutbox>());
        services.AddSingleton<OutreachStore>();
        services.AddSingleton<IDonorErasureStep, OutreachErasure>();
        services.AddSingleton<IRecordExport, MessagesExport>();
        services.AddSingleton<OutreachTemplates>();
        services.AddSingleton<OutreachSender>();
        services.AddSingleton<IConsentChannels, PluginConsentChannels>();
        services.AddHostedService<OutreachDispatcher>();
        services.AddDailyJob<LybuntAppealJob>(LybuntAppealJob.Key);
        return builder;
    }
}
