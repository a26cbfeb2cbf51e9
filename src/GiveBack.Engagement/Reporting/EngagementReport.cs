namespace GiveBack.Engagement.Reporting;

/// <summary>Donors per stage (ladder order, ambassadors last), per dimension, and the ambassadors by score.</summary>
public sealed record EngagementReport(
    DateTimeOffset AsOf,
    int Donors,
    IReadOnlyList<StageCount> Stages,
    IReadOnlyList<DimensionCount> Dimensions,
    IReadOnlyList<AmbassadorEntry> Ambassadors);
