namespace GiveBack.Grains.Abstractions.Engagement;

/// <summary>
/// One donor's engagement: holds the live score (rebuilt from the donor's activities on activation) and the stage,
/// and is the only writer of the donor's stage changes. Every call evaluates the stage at the current time, so decay
/// moves a donor down as surely as an activity moves them up.
/// </summary>
[Alias("giveback.IEngagementGrain")]
public interface IEngagementGrain : IGrainWithGuidKey
{
    [Alias("Get")]
    Task<EngagementView> GetAsync();

    /// <summary>Applies committed activities; ones already applied are ignored.</summary>
    [Alias("Apply")]
    Task<EngagementView> ApplyAsync(ActivityFact[] activities);

    /// <summary>Takes the ambassador recompute's verdict for this donor.</summary>
    [Alias("Designate")]
    Task<EngagementView> DesignateAsync(AmbassadorDesignation designation);

    /// <summary>Drops the live score and reloads the donor's activities and standing from the database.</summary>
    [Alias("Rebuild")]
    Task<EngagementView> RebuildAsync();
}
