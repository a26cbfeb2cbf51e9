using System.Diagnostics;

namespace GiveBack.LoadHarness.Phases;

/// <summary>
/// Runs one phase as a closed loop: <c>Concurrency</c> workers each take the next index of the store and call with it
/// until the phase's count is reached, its time is up or the run is stopped. Each outcome goes into its own slot.
/// </summary>
internal static class PhaseRunner
{
    public static async Task<TimeSpan> RunAsync(
        PhaseSpec spec, int phase, OutcomeStore store, Func<long, CancellationToken, Task<CallOutcome>> call, TextWriter log, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var taken = 0L;

        bool More() =>
            !cancellationToken.IsCancellationRequested
            && (spec.Count is not { } count || Interlocked.Increment(ref taken) <= count)
            && (spec.Duration is not { } duration || Stopwatch.GetElapsedTime(started) < duration);

        async Task WorkAsync()
        {
            while (More())
            {
                var index = store.Claim();
                var at = Stopwatch.GetTimestamp();
                var outcome = await call(index, cancellationToken);
                ref var slot = ref store[index];
                slot.Index = index;
                slot.Outcome = outcome;
                slot.StartedAt = at;
                slot.Phase = phase;
                slot.Done = true;
            }
        }

        var workers = Enumerable.Range(0, spec.Concurrency).Select(_ => Task.Run(WorkAsync, CancellationToken.None));
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await log.WriteLineAsync($"  {spec.Name}: stopped at the run's time limit.");
        }

        return Stopwatch.GetElapsedTime(started);
    }
}
