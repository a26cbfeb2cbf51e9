using GiveBack.Domain.Calendar;
using GiveBack.Reports.Infrastructure;

namespace GiveBack.Workspace.Components.Pages.Reports;

/// <summary>What a report page is filtered by: the fiscal year (named by the calendar year it ends in) and the currency.</summary>
public sealed record ReportFilter(int FiscalYear, string Currency)
{
    /// <summary>This fiscal year, in the currency reports use when none is named (<c>Reports:Currency</c>).</summary>
    public static ReportFilter Today(FiscalCalendar calendar, TimeProvider clock, ReportsDatabase reports)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(reports);
        return new ReportFilter(calendar.FiscalYearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), reports.DefaultCurrency);
    }
}
