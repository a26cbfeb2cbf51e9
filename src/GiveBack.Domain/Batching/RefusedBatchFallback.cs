namespace GiveBack.Domain.Batching;

/// <summary>
/// What a <see cref="GroupCommitter{TItem, TResult}"/> does when a batch's statement is refused as a whole: one row the
/// database refuses (a constraint, a trigger) must not fail the rows written beside it, so each item left unanswered is
/// written again alone, a few side by side, and answered with its own outcome. A failure <see cref="Applies"/> does not
/// cover (the database unreachable, a timeout) fails the batch's items at once: writing them one by one would only
/// make each wait for the same failure in turn.
/// </summary>
/// <param name="Applies">Whether the exception means "the database answered and refused this statement".</param>
/// <param name="WriteAlone">The single-item write, answering as the batch would have.</param>
/// <param name="SideBySide">Single writes in flight at once.</param>
public sealed record RefusedBatchFallback<TItem, TResult>(Func<Exception, bool> Applies, Func<TItem, Task<TResult>> WriteAlone, int SideBySide = 8);
