using GiveBack.Domain.Giving;

namespace GiveBack.Ledger.Gifts;

/// <summary>Facts read from the ledger, with the snapshot that says exactly which rows the read could see.</summary>
public sealed record LedgerRead(LedgerSnapshot Snapshot, IReadOnlyList<LedgerFact> Facts);
