namespace GiveBack.GivingDays.Matches;

/// <summary>What a match's ratio is applied to: each unit of money received, or each donor once.</summary>
public static class MatchPer
{
    public const string Amount = "amount";
    public const string Donor = "donor";
}
