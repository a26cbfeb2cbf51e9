using GiveBack.Data.Infrastructure;
using GiveBack.Domain.Calendar;
using Microsoft.Extensions.Logging;

namespace GiveBack.Reports.Rollups;

/// <summary>
/// At start-up, after the reports' migrations: stores the configured fiscal-year start month for the ledger trigger and
/// rebuilds the rollups if it changed since the last start.
/// </summary>
internal sealed partial class RollupsCalendarSync(ReportRollups rollups, FiscalCalendar calendar, ILogger<RollupsCalendarSync> logger)
    : StartupStep
{
    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (await rollups.EnsureFiscalYearStartMonthAsync(calendar.FirstMonth, cancellationToken))
        {
            LogRebuilt(calendar.FirstMonth);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The fiscal-year start month changed to {Month}: report rollups rebuilt from the ledger.")]
    private partial void LogRebuilt(int month);
}
