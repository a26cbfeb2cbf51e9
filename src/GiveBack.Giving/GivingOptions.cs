using System.ComponentModel.DataAnnotations;
using GiveBack.Domain.Calendar;

namespace GiveBack.Giving;

public sealed class GivingOptions
{
    public const string SectionName = "Giving";

    /// <summary>The month the fiscal year starts in (1-12); July by default, as at most schools and universities.</summary>
    [Range(1, 12)]
    public int FiscalYearStartMonth { get; set; } = FiscalCalendar.DefaultFirstMonth;

    /// <summary>
    /// How many gifts a campaign grain applies one by one before it reads what was committed since its last read of the
    /// ledger: bounds what it remembers, and counts a gift whose host died between the commit and the apply.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CampaignCatchUpAfter { get; set; } = 4096;

    /// <summary>
    /// How far back a survivor re-applies the ledger when a silo dies (<c>SiloDepartureReplay</c>): longer than the
    /// time the cluster takes to declare a silo dead plus the longest request, so every row the dead host committed
    /// without applying is inside it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(5);
}
