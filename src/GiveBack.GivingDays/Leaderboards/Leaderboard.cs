namespace GiveBack.GivingDays.Leaderboards;

/// <summary>A campaign's board by class year or fund, ranked on one measure, and the class of the hour.</summary>
public sealed record Leaderboard(
    Guid CampaignId,
    string By,
    string Measure,
    IReadOnlyList<LeaderboardRow> Rows,
    ClassOfTheHour? ClassOfTheHour,
    DateTimeOffset AsOf);
