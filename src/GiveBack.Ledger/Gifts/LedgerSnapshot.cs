using System.Globalization;

namespace GiveBack.Ledger.Gifts;

/// <summary>
/// Which ledger rows one read could see: a PostgreSQL snapshot (<c>pg_current_snapshot()</c>) in 64-bit transaction
/// ids. A row is visible exactly when the transaction that wrote it had committed when the snapshot was taken, so a
/// reader that keeps the snapshot of its read knows, for any row it hears of later, whether that read counted it —
/// without remembering a single row id. Insertion order (<see cref="LedgerEntry.Sequence"/>) cannot tell this: a row
/// takes its sequence number at insert and becomes visible at commit, so a lower number can commit after a higher one.
/// </summary>
public sealed record LedgerSnapshot(long Xmin, long Xmax, IReadOnlySet<long> InProgress)
{
    /// <summary>A snapshot that saw no row at all: what a reader that has not read the ledger yet knows.</summary>
    public static LedgerSnapshot None { get; } = new(0, 0, new HashSet<long>());

    /// <summary>True when a read under this snapshot saw the rows written by <paramref name="transactionId"/>.</summary>
    public bool Sees(long transactionId) =>
        transactionId < Xmin || (transactionId < Xmax && !InProgress.Contains(transactionId));

    /// <summary>PostgreSQL's text form, <c>xmin:xmax:xip,xip,…</c>: how a follower stores where it is.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Xmin}:{Xmax}:{string.Join(',', InProgress.Order())}");

    /// <summary>Reads PostgreSQL's text form <c>xmin:xmax:xip,xip,…</c>.</summary>
    public static LedgerSnapshot Parse(string text)
    {
        var parts = text.Split(':');
        var inProgress = parts[2].Length == 0
            ? new HashSet<long>()
            : parts[2].Split(',').Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToHashSet();
        return new LedgerSnapshot(long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), inProgress);
    }
}
