namespace GiveBack.GivingDays.Leaderboards;

/// <summary>The names of <c>?by=</c> and <c>?measure=</c>, kept exactly as the issue wrote them.</summary>
public static class LeaderboardKinds
{
    public const string ClassYear = "classYear";
    public const string Fund = "fund";
    public const string Amount = "amount";
    public const string Donors = "donors";
    public const string Participation = "participation";

    public static readonly IReadOnlyList<string> Bys = [ClassYear, Fund];

    public static readonly IReadOnlyList<string> Measures = [Amount, Donors, Participation];
}
