using System.Globalization;
using GiveBack.Engagement.Scoring;

namespace GiveBack.Engagement.Ambassadors;

/// <summary>
/// Ambassadors are the top share of engaged alumni by score: donors with a class year whose rule puts them on the
/// ladder's top rung, ranked by score (ties: the more recent activity, then the id), the first ⌈share × n⌉ designated.
/// </summary>
public static class AmbassadorRanking
{
    public static IReadOnlyList<AmbassadorVerdict> Rank(IEnumerable<AmbassadorCandidate> candidates, EngagementModel model, DateTimeOffset now)
    {
        var rungs = candidates.Select(c => (Candidate: c, Rung: model.RungFor(c.Score, c.LastActivityAt, now))).ToList();
        var engaged = rungs
            .Where(r => r.Candidate.ClassYear is not null && r.Rung == model.TopRung)
            .OrderByDescending(r => r.Candidate.Score)
            .ThenByDescending(r => r.Candidate.LastActivityAt)
            .ThenBy(r => r.Candidate.DonorId)
            .Select((r, i) => (r.Candidate.DonorId, Rank: i + 1))
            .ToDictionary(r => r.DonorId, r => r.Rank);
        var count = model.AmbassadorCount(engaged.Count);

        return [.. rungs.Select(r =>
        {
            if (!engaged.TryGetValue(r.Candidate.DonorId, out var rank))
            {
                return new AmbassadorVerdict(r.Candidate, r.Rung, false, r.Rung.Name, [NotEligible(r.Candidate, r.Rung)]);
            }

            var standing = Text($"Rank {rank} of {engaged.Count} engaged alumni by score; the top {Percent(model.AmbassadorShare)} is {count}.");
            return rank <= count
                ? new AmbassadorVerdict(r.Candidate, r.Rung, true, model.AmbassadorStage, [standing, Breakdown(r.Candidate), LastActivity(r.Candidate)])
                : new AmbassadorVerdict(r.Candidate, r.Rung, false, r.Rung.Name, [standing]);
        })];
    }

    private static string NotEligible(AmbassadorCandidate candidate, StageRule rung) =>
        candidate.ClassYear is null
            ? "Not an alumnus (no class year): ambassadors are engaged alumni."
            : Text($"Not engaged: the rule puts this donor on '{rung.Name}'.");

    private static string Breakdown(AmbassadorCandidate candidate) =>
        Text($"Score {EngagementModel.Format(candidate.Score)}: ")
        + string.Join(", ", candidate.Dimensions.Select(d => $"{d.Dimension} {EngagementModel.Format(d.Score)}"))
        + ".";

    private static string LastActivity(AmbassadorCandidate candidate) =>
        Text($"Last activity on {candidate.LastActivityAt:yyyy-MM-dd}.");

    private static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
