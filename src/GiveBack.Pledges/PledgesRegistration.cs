using GiveBack.Data.Postgres;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Exports;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Outreach;
using GiveBack.Pledges.Exports;
using GiveBack.Pledges.Jobs;
using GiveBack.Pledges.Merging;
using GiveBack.Pledges.Outreach;
using GiveBack.Pledges.Store;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Pledges;

public static class PledgesRegistration
{
    /// <summary>
    /// Pledges' services beside the grain (found by the silo): its tables and store (which also tells campaigns what
    /// has been promised to them), the daily reminders before an installment is due and the overdue marks and follow-ups after, and the stamps a sent pledge message leaves on its installment.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackPledges(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGiveBackDbContext<PledgesDbContext>(PledgesDbContext.MigrationsHistoryTable);
        builder.Services.AddSingleton<PledgeStore>();
        builder.Services.AddSingleton<IDonorMergeStep, PledgeMergeStep>();
        builder.Services.AddSingleton<ICampaignCommitments>(services => services.GetRequiredService<PledgeStore>());
        builder.Services.AddSingleton<InstallmentCalendar>();
        builder.Services.AddSingleton<PledgeAging>();
        builder.Services.AddSingleton<IRecordExport, PledgesExport>();
        builder.Services.AddSingleton<IRecordExport, InstallmentsExport>();
        // Any host's dispatcher may send a pledge message, whether or not this host runs the scheduler.
        builder.Services.AddSingleton<IOutreachKindHandler, PledgeOutreachStamps>();
        builder.Services.AddDailyJob<InstallmentReminderJob>(InstallmentReminderJob.Key);
        builder.Services.AddDailyJob<OverdueInstallmentJob>(OverdueInstallmentJob.Key);
        return builder;
    }
}
