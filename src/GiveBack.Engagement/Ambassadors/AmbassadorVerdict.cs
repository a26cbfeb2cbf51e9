using GiveBack.Engagement.Scoring;

namespace GiveBack.Engagement.Ambassadors;

/// <summary>What the recompute decided for one donor: the rung their rule puts them on, and whether they are designated.</summary>
public sealed record AmbassadorVerdict(
    AmbassadorCandidate Candidate, StageRule Rung, bool Designated, string TargetStage, IReadOnlyList<string> Reasons)
{
    /// <summary>Designated ambassadors are always told (their rank and reasons move); others only when their stage drifted.</summary>
    public bool NeedsUpdate(string entryStage) => Designated || TargetStage != (Candidate.RecordedStage ?? entryStage);
}
