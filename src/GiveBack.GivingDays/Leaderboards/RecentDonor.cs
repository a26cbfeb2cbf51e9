namespace GiveBack.GivingDays.Leaderboards;

/// <summary>One line of the wall: a donor's first name and class year, never an anonymous gift or a sponsor's.</summary>
public sealed record RecentDonor(string FirstName, int? ClassYear, DateTimeOffset At);
