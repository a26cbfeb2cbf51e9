using System.Globalization;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Outreach;
using GiveBack.Ledger.Giving;
using GiveBack.Ledger.Outreach;
using GiveBack.Plugins.Abstractions.Outreach;
using GiveBack.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions too; this job reads GiveBack's calendar settings.
using SchedulingOptions = GiveBack.Scheduling.SchedulingOptions;

namespace GiveBack.Outreach.Jobs;

/// <summary>
/// From the configured day of each fiscal year, appeals to LYBUNT donors (gave last fiscal year, not yet this one).
/// It runs daily and is a no-op before that day; each donor is appealed to once per fiscal year (the outreach row is
/// unique per donor and year, whatever became of it).
/// </summary>
[DisallowConcurrentExecution]
public sealed class LybuntAppealJob(
    LapsedDonors lapsed, IOutreachOutbox outreach, FiscalCalendar fiscal, IOptions<SchedulingOptions> options, TimeProvider clock) : IJob
{
    /// <summary>Its name on the scheduler and in <c>GET /api/v1/schedules</c>; stored jobs keep their names.</summary>
    public static readonly JobKey Key = ScheduledJobs.Key("lybunt-appeal");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var year = fiscal.FiscalYearOf(today);
        var appealDay = AppealDayIn(year);
        if (today < appealDay)
        {
            context.Result = $"the FY{year} appeal starts on {appealDay:yyyy-MM-dd}";
            return;
        }

        var donors = await lapsed.LybuntAsync(year, cancellationToken);
        var queued = 0;
        var fiscalYear = year.ToString(CultureInfo.InvariantCulture);
        foreach (var donorId in donors)
        {
            var request = new OutreachRequest(
                OutreachKinds.LybuntAppeal, $"FY{year}:{donorId}", donorId, MessageKind.Appeal, new OutreachValues().Text("fiscal_year", fiscalYear));
            queued += await outreach.TryQueueAsync(request, cancellationToken) ? 1 : 0;
        }

        context.Result = $"{queued} FY{year} appeals queued for {donors.Count} LYBUNT donors";
    }

    /// <summary>The appeal day that falls inside the fiscal year (its month may be in either calendar year).</summary>
    private DateOnly AppealDayIn(int fiscalYear)
    {
        var monthDay = DateOnly.ParseExact($"2000-{options.Value.LybuntAppealOn}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var start = fiscal.StartOf(fiscalYear);
        var candidate = new DateOnly(start.Year, monthDay.Month, Math.Min(monthDay.Day, DateTime.DaysInMonth(start.Year, monthDay.Month)));
        return candidate >= start ? candidate : candidate.AddYears(1);
    }
}
