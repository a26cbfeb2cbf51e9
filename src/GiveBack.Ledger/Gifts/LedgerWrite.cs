namespace GiveBack.Ledger.Gifts;

/// <summary>What a ledger write did, and the row concerned (absent when there is none).</summary>
public sealed record LedgerWrite(WriteOutcome Outcome, LedgerEntry? Entry)
{
    public bool Succeeded => Outcome is WriteOutcome.Created or WriteOutcome.Replayed;
}
