namespace GiveBack.GivingDays.Leaderboards;

/// <summary>One class year's giving to the campaign: money and donors, and how many alumni of record the class has.</summary>
public sealed record ClassFigures(int ClassYear, long Amount, int Donors, int OfRecord);
