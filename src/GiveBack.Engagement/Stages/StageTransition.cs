namespace GiveBack.Engagement.Stages;

/// <summary>A stage change the engagement grain decided, to be recorded with its standing and its event at once.</summary>
public sealed record StageTransition(
    Guid DonorId,
    string FromStage,
    string ToStage,
    string Reason,
    double Score,
    bool Ambassador,
    IReadOnlyList<string> AmbassadorReasons,
    DateTimeOffset ChangedAt);
