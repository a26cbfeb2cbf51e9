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
/// every item's. An item the flush leaves unanswered, or every item of a flush that throws, fails with the exception.
/// </remarks>
public sealed class GroupCommitter<TItem, TResult>
{
    private readonly ConcurrentQueue<Submission<TItem, TResult>> _waiting = new();
    private readonly Func<IReadOnlyList<Submission<TItem, TResult>>, Task> _flush;
    private readonly int _maxBatch;
    private readonly int _maxFlushes;
    private int _flushing;

    public GroupCommitter(Func<IReadOnlyList<Submission<TItem, TResult>>, Task> flush, int maxBatch, int maxFlushes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFlushes, 1);
        _flush = flush;
        _maxBatch = maxBatch;
        _maxFlushes = maxFlushes;
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
        Exception? failure = null;
        try
        {
            await _flush(batch);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        foreach (var submission in batch)
        {
            submission.Fail(failure ?? new InvalidOperationException("The batch's flush left this item unanswered."));
        }
    }
}
