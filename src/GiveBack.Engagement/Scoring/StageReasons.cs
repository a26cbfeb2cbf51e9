using System.Globalization;

namespace GiveBack.Engagement.Scoring;

/// <summary>Why a donor moved between rungs, in words an officer can check against the score breakdown.</summary>
public static class StageReasons
{
    public static string Promoted(StageRule rule, ScoreBreakdown score) =>
        rule.WithinDays is { } days
            ? Text($"Score {EngagementModel.Format(score.Total)} ≥ {rule.MinScore} and last activity {DaysAgo(score)} days ago (within {days}): meets '{rule.Name}'.")
            : Text($"Score {EngagementModel.Format(score.Total)} ≥ {rule.MinScore}: meets '{rule.Name}'.");

    /// <summary>Which part of the current rung's rule no longer holds.</summary>
    public static string Demoted(StageRule current, StageRule to, ScoreBreakdown score)
    {
        var why = score.Total < current.MinScore
            ? Text($"Score {EngagementModel.Format(score.Total)} fell below {current.MinScore}")
            : score.LastActivityAt is null
                ? "No activity left"
                : Text($"No activity for {DaysAgo(score)} days (more than {current.WithinDays})");
        return Text($"{why}, required for '{current.Name}': now '{to.Name}'.");
    }

    public static string BecameAmbassador(IReadOnlyList<string> designation) =>
        "Designated an ambassador: " + string.Join(" ", designation);

    public static string NoLongerDesignated(IReadOnlyList<string> designation) =>
        designation.Count == 0
            ? "No longer among the designated ambassadors."
            : "No longer among the designated ambassadors: " + string.Join(" ", designation);

    private static int DaysAgo(ScoreBreakdown score) =>
        score.LastActivityAt is { } last ? (int)Math.Floor((score.AsOf - last).TotalDays) : 0;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
