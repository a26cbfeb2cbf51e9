using GiveBack.Engagement.Scoring;

namespace GiveBack.Engagement.Ambassadors;

/// <summary>A donor with a score or a recorded stage, as the ambassador recompute sees them.</summary>
public sealed record AmbassadorCandidate(
    Guid DonorId,
    int? ClassYear,
    double Score,
    IReadOnlyList<DimensionTotal> Dimensions,
    DateTimeOffset? LastActivityAt,
    string? RecordedStage,
    bool RecordedAmbassador);
