using System.Globalization;
using GiveBack.Reports;

namespace GiveBack.GivingDays.Leaderboards;

/// <summary>Builds a board from the figures: sorted on the measure (highest first), ties sharing a rank, then by key.</summary>
public static class LeaderboardRanking
{
    public static Leaderboard Rank(BoardFigures figures, string by, string measure)
    {
        var rows = by == LeaderboardKinds.ClassYear
            ? figures.Classes.Select(c => new LeaderboardRow(
                c.ClassYear.ToString(CultureInfo.InvariantCulture), c.Amount, figures.Currency, c.Donors, Rate.Of(c.Donors, c.OfRecord), 0))
            : figures.Funds.Select(f => new LeaderboardRow(f.Fund, f.Amount, figures.Currency, f.Donors, null, 0));
        var sorted = rows
            .OrderByDescending(r => Measure(r, measure))
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        // Competition ranking: a row's rank is one more than the rows strictly ahead of it.
        var ranked = new List<LeaderboardRow>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = i > 0 && Measure(sorted[i], measure) == Measure(sorted[i - 1], measure) ? ranked[i - 1].Rank : i + 1;
            ranked.Add(sorted[i] with { Rank = rank });
        }

        return new Leaderboard(figures.CampaignId, by, measure, ranked, figures.ClassOfTheHour, figures.AsOf);
    }

    private static decimal Measure(LeaderboardRow row, string measure) => measure switch
    {
        LeaderboardKinds.Donors => row.Donors,
        LeaderboardKinds.Participation => row.Participation ?? 0m,
        _ => row.Amount,
    };
}
