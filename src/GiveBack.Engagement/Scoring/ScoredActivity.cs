namespace GiveBack.Engagement.Scoring;

/// <summary>What scoring needs of an activity: its type and when it happened.</summary>
public readonly record struct ScoredActivity(string Type, DateTimeOffset OccurredAt);
