using System.Collections.Concurrent;

namespace GiveBack.Domain.Batching;

/// <summary>
/// Gathers work submitted concurrently into batches handed to one flush each, and answers every submitter with its own
/// outcome. Batches form by themselves: a flush starts as soon as one may (at most <c>maxFlushes</c> at a time), and
/// whatever arrives while flushes are busy waits for the next one, up to <c>maxBatch</c> items. A lone request is
/// therefore flushed at once, and under load a batch holds what arrived during one flush — no timer, no added latency.
/// </summary>
/// <remarks>
/// A flush completes each <see cref="Submission{TItem, TResult}"/> itself, so one item's failure does not have to be
/// every item's. An item the flush leaves unanswered fails; when the flush throws, its unanswered items are written
/// again alone if a <see cref="RefusedBatchFallback{TItem, TResult}"/> covers the failure, and fail with it otherwise.
/// </remarks>
public sealed class GroupCommitter<TItem, TResult>
{
    private readonly ConcurrentQueue<Submission<TItem, TResult>> _waiting = new();
    private readonly Func<IReadOnlyList<Submission<TItem, TResult>>, Task> _flush;
    private readonly int _maxBatch;
    private readonly int _maxFlushes;
    private readonly RefusedBatchFallback<TItem, TResult>? _fallback;
    private int _flushing;

    public GroupCommitter(
        Func<IReadOnlyList<Submission<TItem, TResult>>, Task> flush, int maxBatch, int maxFlushes, RefusedBatchFallback<TItem, TResult>? fallback = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFlushes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(fallback?.SideBySide ?? 1, 1);
        _flush = flush;
        _maxBatch = maxBatch;
        _maxFlushes = maxFlushes;
        _fallback = fallback;
    }

    public Task<TResult> SubmitAsync(TItem item)
    {
        var submission = new Submission<TItem, TResult>(item);
        _waiting.Enqueue(submission);
        StartFlushIfIdle();
        return submission.Outcome;
    }

    private void StartFlushIfIdle()
    {
        while (!_waiting.IsEmpty)
        {
            var flushing = Volatile.Read(ref _flushing);
            if (flushing >= _maxFlushes)
            {
                // A flush in progress takes what is waiting when it ends, so nothing is left behind.
                return;
            }

            if (Interlocked.CompareExchange(ref _flushing, flushing + 1, flushing) == flushing)
            {
                _ = FlushWhileWaitingAsync();
                return;
            }
        }
    }

    private async Task FlushWhileWaitingAsync()
    {
        // Off the submitter's thread: its request goes on waiting for its own outcome, not for the whole batch's.
        await Task.Yield();
        var batch = new List<Submission<TItem, TResult>>(_maxBatch);
        try
        {
            while (true)
            {
                batch.Clear();
                while (batch.Count < _maxBatch && _waiting.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count == 0)
                {
                    break;
                }

                await FlushAsync(batch);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _flushing);
        }

        // An item queued after the last look but before the decrement found every flush busy; start one for it.
        StartFlushIfIdle();
    }

    private async Task FlushAsync(List<Submission<TItem, TResult>> batch)
    {
        try
        {
            await _flush(batch);
        }
        catch (Exception exception) when (_fallback is { } fallback && fallback.Applies(exception))
        {
            await Parallel.ForEachAsync(
                batch.Where(s => !s.IsAnswered),
                new ParallelOptions { MaxDegreeOfParallelism = fallback.SideBySide },
                async (submission, _) => await submission.AnswerWithAsync(fallback.WriteAlone));
        }
        catch (Exception exception)
        {
            FailUnanswered(batch, exception);
        }

        FailUnanswered(batch, null);
    }

    // Only an unanswered item costs an exception: on the common path every item is answered and nothing is allocated.
    private static void FailUnanswered(List<Submission<TItem, TResult>> batch, Exception? failure)
    {
        foreach (var submission in batch)
        {
            if (!submission.IsAnswered)
            {
                submission.Fail(failure ?? new InvalidOperationException("The batch's flush left this item unanswered."));
            }
        }
    }
}
