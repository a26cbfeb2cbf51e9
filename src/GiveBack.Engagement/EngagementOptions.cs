using System.ComponentModel.DataAnnotations;
using GiveBack.Engagement.Model;

namespace GiveBack.Engagement;

/// <summary>The engagement model: activity types, score decay, the stage ladder and the ambassador share.</summary>
public sealed class EngagementOptions
{
    public const string SectionName = "Engagement";

    /// <summary>An activity counts half as much after this many days, a quarter after twice as many.</summary>
    [Range(1, 36500)]
    public double HalfLifeDays { get; set; } = 365;

    /// <summary>The share of engaged alumni, by score, who are ambassadors (0.16 = the top 16%).</summary>
    [Range(0.0001, 1)]
    public double AmbassadorShare { get; set; } = 0.16;

    /// <summary>The stage name above the ladder's top rung, given to the designated ambassadors.</summary>
    [Required]
    public string AmbassadorStage { get; set; } = "ambassador";

    /// <summary>
    /// Whether the ambassadors are recomputed on a schedule: the clustered Quartz job <c>ambassador-recompute</c>, every
    /// <see cref="RecomputeInterval"/>, once per fire for the cluster. A host started with false removes the schedule.
    /// </summary>
    public bool RecomputeEnabled { get; set; } = true;

    /// <summary>How often the job runs; the first fire is one interval after the last host of the cluster started.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "31.00:00:00")]
    public TimeSpan RecomputeInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Keyed by the type's name. Configuration adds types or overrides the defaults one key at a time.</summary>
    public Dictionary<string, ActivityTypeOptions> ActivityTypes { get; set; } = EngagementDefaults.ActivityTypes();

    /// <summary>From the entry rung (no requirement) upwards; the defaults apply when none is configured.</summary>
    public List<StageRuleOptions> Stages { get; set; } = [];
}
