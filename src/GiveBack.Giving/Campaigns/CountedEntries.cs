using GiveBack.Domain.Giving;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Campaigns;

/// <summary>
/// Exactly which ledger entries a campaign grain has counted, in memory that does not grow with the campaign: every
/// row its last read of the ledger could see (kept as that read's <see cref="LedgerSnapshot"/>), plus the entries
/// applied one by one since (kept by sequence number). A fact is counted when neither says it was, whatever its age —
/// a late retry, a restart, a deactivation or a move to another silo cannot make it count twice. When
/// <paramref name="catchUpAfter"/> entries have been applied since, a catch-up read (the rows committed since, one
/// index range) replaces them with a newer snapshot.
/// </summary>
internal sealed class CountedEntries(int catchUpAfter)
{
    private readonly HashSet<long> _appliedSince = [];

    public LedgerSnapshot Snapshot { get; private set; } = LedgerSnapshot.None;

    public bool CatchUpDue => _appliedSince.Count >= catchUpAfter;

    /// <summary>True, and remembered, when the fact had not been counted.</summary>
    public bool TryCount(LedgerFact fact) => !Snapshot.Sees(fact.TransactionId) && _appliedSince.Add(fact.Sequence);

    public bool AppliedSinceSnapshot(LedgerFact fact) => _appliedSince.Contains(fact.Sequence);

    /// <summary>After a read under <paramref name="snapshot"/> that counted every row it could see.</summary>
    public void Reset(LedgerSnapshot snapshot)
    {
        Snapshot = snapshot;
        _appliedSince.Clear();
    }
}
