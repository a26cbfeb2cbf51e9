namespace GiveBack.Engagement.Reporting;

/// <summary>How many donors are active in a dimension, with how many activities and how many decayed points.</summary>
public sealed record DimensionCount(string Dimension, int Donors, int Activities, double Score);
