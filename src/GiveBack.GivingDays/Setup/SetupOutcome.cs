namespace GiveBack.GivingDays.Setup;

/// <summary>What setting up a giving day's offer (a match, a challenge, an ambassador) did.</summary>
public enum SetupOutcome
{
    Created,

    /// <summary>The same key again with the same terms (or the same ambassador again): the stored one.</summary>
    AlreadyCreated,

    /// <summary>The same key again with other terms.</summary>
    KeyReused,

    Invalid,
}
