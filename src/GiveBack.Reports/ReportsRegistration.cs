using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Participation;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Rfm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Reports;

public static class ReportsRegistration
{
    /// <summary>
    /// The fundraising reports. Needs the ledger's connection string (<c>AddGiveBackLedger</c>) and the institution's
    /// <c>FiscalCalendar</c> (registered by <c>AddGiveBackGrains</c> from <c>Giving:FiscalYearStartMonth</c>).
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReportsDatabase>();
        builder.Services.AddSingleton<RetentionReport>();
        builder.Services.AddSingleton<LapsedDonorsReport>();
        builder.Services.AddSingleton<ParticipationReport>();
        builder.Services.AddSingleton<RfmReport>();
        return builder;
    }
}
