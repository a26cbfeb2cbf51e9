using System.Linq.Expressions;
using GiveBack.Domain.Idempotency;

namespace GiveBack.Ledger.Gifts;

/// <summary>The one rule for finding the row a key made, used by every ledger lookup.</summary>
internal static class LedgerKeys
{
    /// <summary>The key in its own scope, or in the system scope, where keys stored before scoping live.</summary>
    public static Expression<Func<LedgerEntry, bool>> Matching(ScopedKey key)
    {
        var (scope, value) = (key.Scope, key.Value);
        return e => e.IdempotencyKey == value && (e.IdempotencyScope == scope || e.IdempotencyScope == ScopedKey.SystemScope);
    }
}
