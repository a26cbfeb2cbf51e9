using System.ComponentModel.DataAnnotations;
using GiveBack.Domain.Calendar;

namespace GiveBack.Grains.Giving;

public sealed class GivingOptions
{
    public const string SectionName = "Giving";

    /// <summary>The month the fiscal year starts in (1-12); July by default, as at most schools and universities.</summary>
    [Range(1, 12)]
    public int FiscalYearStartMonth { get; set; } = FiscalCalendar.DefaultFirstMonth;
}
