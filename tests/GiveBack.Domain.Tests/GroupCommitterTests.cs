using GiveBack.Domain.Batching;

namespace GiveBack.Domain.Tests;

/// <summary>
/// The group commit primitive on its own: batches form from concurrent submissions within their bounds, every submitter
/// gets its own answer, and a refused batch is written again item by item while any other failure fails it at once.
/// The writers that use it (ledger gifts, giving-day rows) are tested through the real host and database.
/// </summary>
public sealed class GroupCommitterTests
{
    private sealed class RefusedException : Exception;

    [Fact]
    public async Task Concurrent_submissions_are_flushed_in_bounded_batches_and_each_gets_its_own_answer()
    {
        var inFlight = 0;
        var mostInFlight = 0;
        var sizes = new List<int>();
        var committer = new GroupCommitter<int, int>(
            async batch =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref mostInFlight, now);
                lock (sizes)
                {
                    sizes.Add(batch.Count);
                }

                await Task.Delay(5);
                foreach (var submission in batch)
                {
                    submission.Complete(submission.Item * 10);
                }

                Interlocked.Decrement(ref inFlight);
            },
            maxBatch: 16,
            maxFlushes: 2);

        var answers = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() => committer.SubmitAsync(i))));

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 10), answers);
        Assert.Equal(500, sizes.Sum());
        Assert.All(sizes, size => Assert.InRange(size, 1, 16));
        Assert.InRange(mostInFlight, 1, 2);
        Assert.True(sizes.Count < 500, "no batch held more than one item");
    }

    [Fact]
    public async Task An_item_the_flush_leaves_unanswered_fails_and_the_others_keep_their_answers()
    {
        var committer = new GroupCommitter<int, int>(
            batch =>
            {
                foreach (var submission in batch.Where(s => s.Item != 2))
                {
                    submission.Complete(submission.Item);
                }

                return Task.CompletedTask;
            },
            maxBatch: 8,
            maxFlushes: 1);

        var one = committer.SubmitAsync(1);
        var two = committer.SubmitAsync(2);

        Assert.Equal(1, await one);
        await Assert.ThrowsAsync<InvalidOperationException>(() => two);
    }

    [Fact]
    public async Task A_refused_batch_is_written_again_item_by_item_so_only_the_refused_item_fails()
    {
        var alone = new List<int>();
        var refusedBatch = new List<int>();
        var committer = new GroupCommitter<int, int>(
            batch =>
            {
                if (batch.Any(s => s.Item == 13))
                {
                    refusedBatch.AddRange(batch.Select(s => s.Item));
                    throw new RefusedException();
                }

                foreach (var submission in batch)
                {
                    submission.Complete(submission.Item);
                }

                return Task.CompletedTask;
            },
            maxBatch: 64,
            maxFlushes: 1,
            new RefusedBatchFallback<int, int>(
                e => e is RefusedException,
                item =>
                {
                    lock (alone)
                    {
                        alone.Add(item);
                    }

                    return item == 13 ? throw new RefusedException() : Task.FromResult(-item);
                }));

        var submitted = Enumerable.Range(0, 20).Select(committer.SubmitAsync).ToList();
        await Task.WhenAll(submitted.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        await Assert.ThrowsAsync<RefusedException>(() => submitted[13]);
        // Exactly the refused statement's items were written again alone (answered -i); the others kept their batch's answer.
        Assert.Equal(refusedBatch.Order(), alone.Order());
        foreach (var i in Enumerable.Range(0, 20).Where(i => i != 13))
        {
            Assert.Equal(refusedBatch.Contains(i) ? -i : i, await submitted[i]);
        }
    }

    [Fact]
    public async Task A_failure_the_fallback_does_not_cover_fails_the_batch_at_once_without_writing_alone()
    {
        var wroteAlone = 0;
        var committer = new GroupCommitter<int, int>(
            _ => throw new TimeoutException("the database did not answer"),
            maxBatch: 8,
            maxFlushes: 1,
            new RefusedBatchFallback<int, int>(e => e is RefusedException, item =>
            {
                Interlocked.Increment(ref wroteAlone);
                return Task.FromResult(item);
            }));

        var outcomes = Enumerable.Range(0, 5).Select(committer.SubmitAsync).ToList();

        foreach (var outcome in outcomes)
        {
            await Assert.ThrowsAsync<TimeoutException>(() => outcome);
        }

        Assert.Equal(0, wroteAlone);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
