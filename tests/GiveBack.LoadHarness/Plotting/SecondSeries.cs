using GiveBack.LoadHarness.Phases;

namespace GiveBack.LoadHarness.Plotting;

/// <summary>A run's figures second by second: completed requests and their p99 latency (ms), by completion second.</summary>
internal sealed record SecondSeries(double[] Seconds, double[] PerSecond, double[] P99)
{
    public static SecondSeries From(IEnumerable<(double CompletedAtSeconds, double LatencyMs)> calls)
    {
        var bySecond = calls.GroupBy(c => (int)Math.Floor(c.CompletedAtSeconds)).OrderBy(g => g.Key).ToArray();
        return new SecondSeries(
            [.. bySecond.Select(g => (double)g.Key)],
            [.. bySecond.Select(g => (double)g.Count())],
            [.. bySecond.Select(g => PhaseStatistics.Percentile([.. g.Select(c => c.LatencyMs).Order()], 0.99))]);
    }
}
