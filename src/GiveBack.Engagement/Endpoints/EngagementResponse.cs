using GiveBack.Grains.Abstractions.Engagement;

namespace GiveBack.Engagement.Endpoints;

/// <summary>
/// A donor's engagement now: the score is the sum of the four dimensions, each Σ weight × 0.5^(age ÷ half-life);
/// the stage with when and why it was reached; the ambassador flag with the recompute's reasons.
/// </summary>
public sealed record EngagementResponse(
    Guid DonorId,
    double Score,
    IReadOnlyList<DimensionScore> Dimensions,
    string Stage,
    DateTimeOffset? StageSince,
    string? StageReason,
    bool Ambassador,
    IReadOnlyList<string> AmbassadorReasons,
    DateTimeOffset? LastActivityAt,
    int Activities,
    DateTimeOffset AsOf)
{
    public static EngagementResponse From(EngagementView view) => new(
        view.DonorId, view.Score, view.Dimensions, view.Stage, view.StageSince, view.StageReason, view.Ambassador,
        view.AmbassadorReasons, view.LastActivityAt, view.Activities, view.AsOf);
}
