namespace GiveBack.Engagement.Scoring;

/// <summary>A rung of the ladder; <see cref="Level"/> 0 is the entry rung.</summary>
public sealed record StageRule(int Level, string Name, double MinScore, int? WithinDays);
