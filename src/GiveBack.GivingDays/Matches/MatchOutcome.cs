namespace GiveBack.GivingDays.Matches;

public enum MatchOutcome
{
    Created,

    /// <summary>The same key again with the same terms: the stored match.</summary>
    AlreadyCreated,

    /// <summary>The same key again with other terms.</summary>
    KeyReused,

    Invalid,
}
