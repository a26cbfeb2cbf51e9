namespace GiveBack.Ledger.Gifts;

/// <summary>What the ledger holds for a span of days in one currency: the net amount (reversals subtracted) and the gifts still standing.</summary>
public sealed record ReceivedTotal(long Amount, int Gifts);
