namespace GiveBack.Engagement.Scoring;

public sealed record ActivityType(string Name, string Dimension, double Weight);
