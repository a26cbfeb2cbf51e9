namespace GiveBack.Ledger.Gifts;

/// <summary>What the ledger holds for one day received: gifts less the reversals dated that day, in minor units.</summary>
public sealed record DailyAmount(DateOnly Day, long Amount);
