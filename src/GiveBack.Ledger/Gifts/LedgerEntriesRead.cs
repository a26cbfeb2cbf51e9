namespace GiveBack.Ledger.Gifts;

/// <summary>Ledger rows a follower had not seen, and the snapshot to ask from next time.</summary>
public sealed record LedgerEntriesRead(LedgerSnapshot Snapshot, IReadOnlyList<LedgerEntry> Entries);
