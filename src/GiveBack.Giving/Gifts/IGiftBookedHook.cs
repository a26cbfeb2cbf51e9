using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Gifts;

/// <summary>
/// Work another module does after a gift or a reversal is committed and applied to the grains (a giving day's matches
/// and challenges). It runs on every booking and every replay of one, so a hook must be idempotent: a retry whose first
/// attempt died half way through is what finishes the hook's work. The recorder is handed over so a hook can book the
/// gifts its work makes (a sponsor's) through the same path, without a service cycle.
/// </summary>
public interface IGiftBookedHook
{
    Task OnBookedAsync(LedgerEntry entry, GiftRecorder recorder, CancellationToken cancellationToken);
}
