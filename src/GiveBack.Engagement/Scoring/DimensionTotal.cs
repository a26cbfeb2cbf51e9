namespace GiveBack.Engagement.Scoring;

/// <summary>One dimension's share of a score: its decayed points and how many activities fed them.</summary>
public sealed record DimensionTotal(string Dimension, double Score, int Activities);
