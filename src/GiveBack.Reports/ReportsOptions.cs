using System.ComponentModel.DataAnnotations;

namespace GiveBack.Reports;

public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>
    /// The currency a report is computed in when the request names none. Minor units of different currencies cannot be
    /// added up, so every report counts the gifts of one currency only.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Z]{3}$")]
    public string Currency { get; set; } = "USD";

    /// <summary>A report that takes longer than this is cancelled by PostgreSQL rather than holding a connection.</summary>
    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 60;

    /// <summary>Per-query sort and hash memory: a report's per-donor aggregate must not spill to disk at a million donors.</summary>
    [RegularExpression("^[0-9]+(kB|MB|GB)$")]
    public string WorkMem { get; set; } = "128MB";
}
