namespace GiveBack.GivingDays.Leaderboards;

/// <summary>
/// One row of a leaderboard: the class year or fund (<see cref="Key"/>), its money in minor units of
/// <see cref="Currency"/>, its donors, its participation (classes only: donors over alumni of record) and its rank on
/// the board's measure, ties sharing a rank (1, 1, 3).
/// </summary>
public sealed record LeaderboardRow(string Key, long Amount, string Currency, int Donors, decimal? Participation, int Rank);
