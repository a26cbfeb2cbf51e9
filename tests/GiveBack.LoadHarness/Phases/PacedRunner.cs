using System.Diagnostics;

namespace GiveBack.LoadHarness.Phases;

/// <summary>
/// Sends <c>count</c> calls at a steady <c>rate</c> a second, the i-th due at i / rate after the start, whatever the
/// earlier ones are doing (an open loop: a slow server makes calls pile up, as donors would, rather than slowing the
/// load). At most <c>concurrency</c> are in flight; a call that must wait for a slot is late, and the lateness is counted.
/// </summary>
internal static class PacedRunner
{
    public static async Task<(PhaseResult Result, int Late)> RunAsync(
        string name, int count, double rate, int concurrency, Func<int, CancellationToken, Task<CallOutcome>> call, CancellationToken cancellationToken)
    {
        var outcomes = new CallOutcome[count];
        var done = new bool[count];
        var late = 0;
        using var slots = new SemaphoreSlim(concurrency);
        var started = Stopwatch.GetTimestamp();
        var running = new List<Task>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate) - Stopwatch.GetElapsedTime(started);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, cancellationToken);
                }

                if (!slots.Wait(0, CancellationToken.None))
                {
                    late++;
                    await slots.WaitAsync(cancellationToken);
                }

                var index = i;
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        outcomes[index] = await call(index, cancellationToken);
                        done[index] = true;
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None));
            }

            await Task.WhenAll(running);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine($"  {name}: stopped at the run's time limit.");
            await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return (new PhaseResult(name, outcomes, done, Stopwatch.GetElapsedTime(started)), late);
    }
}
