using GiveBack.Engagement.Scoring;

namespace GiveBack.Engagement.Endpoints;

/// <summary>The configured model, so that every score and stage in the API can be checked by hand.</summary>
public sealed record EngagementModelResponse(
    double HalfLifeDays, double AmbassadorShare, string AmbassadorStage, IReadOnlyList<ActivityType> ActivityTypes, IReadOnlyList<StageRule> Stages)
{
    public static EngagementModelResponse From(EngagementModel model) => new(
        model.HalfLifeDays,
        model.AmbassadorShare,
        model.AmbassadorStage,
        [.. model.Types.OrderBy(t => t.Dimension, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)],
        model.Ladder);
}
