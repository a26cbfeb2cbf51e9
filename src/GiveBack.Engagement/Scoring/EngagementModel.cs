using System.Globalization;
using GiveBack.Engagement.Model;
using Microsoft.Extensions.Options;

namespace GiveBack.Engagement.Scoring;

/// <summary>
/// The scoring rules, with no I/O: score = Σ weight(type) × 0.5^(age in days ÷ half-life) over the donor's activities
/// of configured types that have happened; the stage is the highest rung whose rule holds. The grain, the recompute
/// and the SQL aggregates (<see cref="ScoreSql"/>) all use these same numbers.
/// </summary>
public sealed class EngagementModel
{
    private readonly Dictionary<string, ActivityType> _types;

    public EngagementModel(IOptions<EngagementOptions> options)
    {
        var o = options.Value;
        _types = o.ActivityTypes.ToDictionary(
            t => t.Key.ToLowerInvariant(),
            t => new ActivityType(t.Key.ToLowerInvariant(), t.Value.Dimension, t.Value.Weight),
            StringComparer.OrdinalIgnoreCase);
        Ladder = [.. o.Stages.Select((s, i) => new StageRule(i, s.Name, s.MinScore, s.WithinDays))];
        HalfLifeDays = o.HalfLifeDays;
        AmbassadorShare = o.AmbassadorShare;
        AmbassadorStage = o.AmbassadorStage;
    }

    public IReadOnlyCollection<ActivityType> Types => _types.Values;

    public IReadOnlyList<StageRule> Ladder { get; }

    public StageRule EntryRung => Ladder[0];

    public StageRule TopRung => Ladder[^1];

    public double HalfLifeDays { get; }

    public double AmbassadorShare { get; }

    public string AmbassadorStage { get; }

    /// <summary>Every stage name, lowest first, ambassador last.</summary>
    public IEnumerable<string> StageNames => Ladder.Select(r => r.Name).Append(AmbassadorStage);

    public ActivityType? FindType(string? name) => name is not null && _types.TryGetValue(name, out var type) ? type : null;

    public bool IsStage(string? name) => name is not null && StageNames.Contains(name, StringComparer.Ordinal);

    public double Decay(DateTimeOffset occurredAt, DateTimeOffset now) =>
        Math.Pow(0.5, Math.Max(0, (now - occurredAt).TotalDays) / HalfLifeDays);

    public ScoreBreakdown Score(IEnumerable<ScoredActivity> activities, DateTimeOffset now)
    {
        var points = Dimensions.All.ToDictionary(d => d, _ => 0.0, StringComparer.Ordinal);
        var counts = Dimensions.All.ToDictionary(d => d, _ => 0, StringComparer.Ordinal);
        DateTimeOffset? last = null;
        foreach (var activity in activities)
        {
            if (FindType(activity.Type) is not { } type || activity.OccurredAt > now)
            {
                continue; // a type removed from configuration weighs nothing; a future-dated one has not happened yet
            }

            points[type.Dimension] += type.Weight * Decay(activity.OccurredAt, now);
            counts[type.Dimension]++;
            last = last is null || activity.OccurredAt > last ? activity.OccurredAt : last;
        }

        var dimensions = Dimensions.All.Select(d => new DimensionTotal(d, points[d], counts[d])).ToList();
        return new ScoreBreakdown(dimensions.Sum(d => d.Score), dimensions, last, counts.Values.Sum(), now);
    }

    /// <summary>The highest rung whose rule holds.</summary>
    public StageRule RungFor(double score, DateTimeOffset? lastActivityAt, DateTimeOffset now) =>
        Ladder.Last(rule => Meets(rule, score, lastActivityAt, now));

    public StageRule? RungNamed(string stage) =>
        stage == AmbassadorStage ? TopRung : Ladder.FirstOrDefault(r => r.Name == stage);

    public static bool Meets(StageRule rule, double score, DateTimeOffset? lastActivityAt, DateTimeOffset now) =>
        rule.Level == 0
        || (score >= rule.MinScore
            && (rule.WithinDays is null || (lastActivityAt is { } last && (now - last).TotalDays <= rule.WithinDays)));

    /// <summary>How many of <paramref name="engagedAlumni"/> are ambassadors: the share, rounded up, so any engaged community has one.</summary>
    public int AmbassadorCount(int engagedAlumni) =>
        engagedAlumni == 0 ? 0 : Math.Min(engagedAlumni, (int)Math.Ceiling((engagedAlumni * AmbassadorShare) - 1e-9));

    public static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
