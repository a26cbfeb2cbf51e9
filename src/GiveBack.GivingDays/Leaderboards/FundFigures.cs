namespace GiveBack.GivingDays.Leaderboards;

/// <summary>One fund's giving to the campaign.</summary>
public sealed record FundFigures(string Fund, long Amount, int Donors);
