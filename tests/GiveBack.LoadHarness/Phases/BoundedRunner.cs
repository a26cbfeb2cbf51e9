using System.Diagnostics;

namespace GiveBack.LoadHarness.Phases;

/// <summary>
/// Runs <c>count</c> calls with at most <c>concurrency</c> in flight: that many workers each take the next index until
/// none is left (or the run's deadline passes). Outcomes land in an array by index, so nothing is shared but a counter.
/// </summary>
internal static class BoundedRunner
{
    public static async Task<PhaseResult> RunAsync(
        string name, int count, int concurrency, Func<int, CancellationToken, Task<CallOutcome>> call, CancellationToken cancellationToken)
    {
        var outcomes = new CallOutcome[count];
        var done = new bool[count];
        var next = -1;
        var started = Stopwatch.GetTimestamp();

        async Task WorkAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && !cancellationToken.IsCancellationRequested)
            {
                outcomes[index] = await call(index, cancellationToken);
                done[index] = true;
            }
        }

        var workers = Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(WorkAsync, CancellationToken.None));
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine($"  {name}: stopped at the run's time limit.");
        }

        return new PhaseResult(name, outcomes, done, Stopwatch.GetElapsedTime(started));
    }
}
