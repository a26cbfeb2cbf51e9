using System.ComponentModel.DataAnnotations;

namespace GiveBack.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Run scheduled jobs on this host. Every host of a cluster may: the store makes each fire run once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When the daily jobs run (Quartz cron, in <see cref="TimeZone"/>).</summary>
    [Required]
    public string DailyCron { get; set; } = "0 0 6 * * ?";

    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>When the nightly CRM sync pulls constituents back from the CRM connectors (Quartz cron).</summary>
    [Required]
    public string CrmSyncCron { get; set; } = "0 0 2 * * ?";

    /// <summary>How many days before an installment is due its reminder goes out.</summary>
    [Range(0, 90)]
    public int ReminderDaysBefore { get; set; } = 7;

    /// <summary>How long after an installment falls overdue the follow-up goes out.</summary>
    [Range(0, 365)]
    public int OverdueGraceDays { get; set; } = 14;

    /// <summary>The month and day ("MM-dd") of each fiscal year on which lapsed donors get the LYBUNT appeal.</summary>
    [RegularExpression(@"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]
    public string LybuntAppealOn { get; set; } = "03-01";
}
