namespace GiveBack.GivingDays.Challenges;

/// <summary>What a challenge's threshold counts (docs/architecture.md, "Giving days: challenges").</summary>
public static class ChallengeKind
{
    /// <summary>Distinct eligible donors, each counted once however many gifts they make.</summary>
    public const string Donors = "donors";

    /// <summary>The eligible gifts' amounts, in minor units of the campaign's currency.</summary>
    public const string Amount = "amount";

    /// <summary>The percentage of one class's alumni of record who gave (threshold 20 is 20%).</summary>
    public const string Participation = "participation";

    /// <summary>The gift whose donor is the Nth distinct eligible donor unlocks it: "the 500th donor unlocks …".</summary>
    public const string NthDonor = "nthDonor";

    public static IReadOnlyList<string> All { get; } = [Donors, Amount, Participation, NthDonor];
}
