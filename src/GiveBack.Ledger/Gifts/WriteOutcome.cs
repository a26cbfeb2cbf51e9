namespace GiveBack.Ledger.Gifts;

public enum WriteOutcome
{
    /// <summary>The row is new.</summary>
    Created,

    /// <summary>The same request was made before; this is the row it made.</summary>
    Replayed,

    /// <summary>The idempotency key was used before for a different request.</summary>
    KeyReused,

    NotFound,

    /// <summary>The gift has already been reversed.</summary>
    AlreadyReversed,

    /// <summary>The row named is itself a reversal, which cannot be reversed.</summary>
    ReversalOfReversal,
}
