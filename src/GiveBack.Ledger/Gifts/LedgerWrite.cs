namespace GiveBack.Ledger.Gifts;

/// <summary>What a ledger write did, and the row concerned (absent when there is none).</summary>
public sealed record LedgerWrite(WriteOutcome Outcome, LedgerEntry? Entry)
{
    public bool Succeeded => Outcome is WriteOutcome.Created or WriteOutcome.Replayed;

    /// <summary>The answer to a request whose key is stored already: its row if it is the same request, else a refusal.</summary>
    public static LedgerWrite OfStoredKey(LedgerEntry stored, string requestHash) =>
        new(stored.RequestHash == requestHash ? WriteOutcome.Replayed : WriteOutcome.KeyReused, stored);
}
