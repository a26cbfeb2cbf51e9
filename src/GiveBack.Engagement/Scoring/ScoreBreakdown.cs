namespace GiveBack.Engagement.Scoring;

/// <summary>A donor's score at one instant, explained: the total is the sum of the four dimensions.</summary>
public sealed record ScoreBreakdown(
    double Total, IReadOnlyList<DimensionTotal> Dimensions, DateTimeOffset? LastActivityAt, int Activities, DateTimeOffset AsOf);
