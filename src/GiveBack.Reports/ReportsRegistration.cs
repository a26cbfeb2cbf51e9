using GiveBack.Data.Postgres;
using GiveBack.Domain.Donors;
using GiveBack.Reports.Infrastructure;
using GiveBack.Reports.Lapsed;
using GiveBack.Reports.Merging;
using GiveBack.Reports.Participation;
using GiveBack.Reports.Retention;
using GiveBack.Reports.Rfm;
using GiveBack.Reports.Rollups;
using GiveBack.Reports.Segments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiveBack.Reports;

public static class ReportsRegistration
{
    /// <summary>
    /// The fundraising reports and their rollup tables. Call after <c>AddGiveBackLedger</c>: hosted services start in
    /// registration order, and the reports' migration puts a trigger on the ledger's table. Needs the institution's
    /// <c>FiscalCalendar</c> (registered by <c>AddGiveBackGiving</c> from <c>Giving:FiscalYearStartMonth</c>).
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddPooledDbContextFactory<ReportsDbContext>((services, options) =>
            options.UseReportsNpgsql(services.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddEfMigrations<ReportsDbContext>();
        builder.Services.AddHostedService<RollupsCalendarSync>();
        builder.Services.AddGiveBackDataSource(
            ReportsDatabase.DataSourceKey,
            (connection, services) => ReportsDatabase.Tune(connection, services.GetRequiredService<IOptions<ReportsOptions>>().Value));
        builder.Services.AddSingleton<ReportsDatabase>();
        builder.Services.AddSingleton<ReportRollups>();
        builder.Services.AddSingleton<IDonorMergeStep, ReportsMergeStep>();
        builder.Services.AddSingleton<RetentionReport>();
        builder.Services.AddSingleton<LapsedDonorsReport>();
        builder.Services.AddSingleton<ParticipationReport>();
        builder.Services.AddSingleton<RfmReport>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SavedSegments>();
        return builder;
    }
}
