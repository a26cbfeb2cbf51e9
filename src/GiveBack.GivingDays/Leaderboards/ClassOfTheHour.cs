namespace GiveBack.GivingDays.Leaderboards;

/// <summary>The class year with the most donors in the last hour (then the most money, then the oldest class).</summary>
public sealed record ClassOfTheHour(int ClassYear, int Donors, long Amount);
