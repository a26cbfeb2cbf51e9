using System.Diagnostics;

namespace GiveBack.LoadHarness.Phases;

/// <summary>Draws a phase's <see cref="PhaseFigures"/> from its slots.</summary>
internal static class PhaseStatistics
{
    public static PhaseFigures Of(string name, int concurrency, IEnumerable<CallSlot> slots, TimeSpan elapsed, Func<long, bool>? plannedRefusal = null)
    {
        var all = slots.ToArray();
        var latencies = all.Select(s => Milliseconds(s.Outcome.ElapsedTicks)).Order().ToArray();
        var refused = plannedRefusal is null ? 0 : all.LongCount(s => s.Outcome.Status >= 500 && plannedRefusal(s.Index));
        var errors = all.LongCount(s => s.Outcome.Status is not (200 or 201)) - refused;
        return new PhaseFigures(
            name, concurrency, all.Length, elapsed, all.Length / Math.Max(elapsed.TotalSeconds, 1e-9),
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), Percentile(latencies, 0.999), latencies.Length > 0 ? latencies[^1] : 0,
            errors, refused,
            all.GroupBy(s => s.Outcome.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.LongCount()));
    }

    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    /// <summary>Nearest-rank percentile of sorted values (0 when there are none).</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
