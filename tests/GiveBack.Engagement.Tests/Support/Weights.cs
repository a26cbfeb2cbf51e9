namespace GiveBack.Engagement.Tests.Support;

/// <summary>
/// The default model written out again, independently of the product's code: the tests compute expected scores from
/// these numbers and the textbook formula, so a slip in either place fails a test.
/// </summary>
internal static class Weights
{
    public const double HalfLifeDays = 365;

    public static readonly Dictionary<string, (string Dimension, double Weight)> Types = new()
    {
        ["event-attended"] = ("time", 3),
        ["volunteered"] = ("time", 5),
        ["mentored-student"] = ("talent", 8),
        ["career-talk"] = ("talent", 6),
        ["graduate-hired"] = ("talent", 10),
        ["newsletter-opened"] = ("attention", 0.5),
        ["newsletter-clicked"] = ("attention", 1),
        ["alumni-group-joined"] = ("attention", 2),
        ["alum-referred"] = ("attention", 4),
        ["gave"] = ("treasure", 10),
    };

    /// <summary>Σ weight × 2^(−age ÷ half-life) over the activities of one dimension (all when null).</summary>
    public static double Score(IEnumerable<(string Type, DateTimeOffset At)> activities, DateTimeOffset now, string? dimension = null) =>
        activities
            .Where(a => dimension is null || Types[a.Type].Dimension == dimension)
            .Sum(a => Types[a.Type].Weight * Math.Pow(2, -(now - a.At).TotalDays / HalfLifeDays));
}
