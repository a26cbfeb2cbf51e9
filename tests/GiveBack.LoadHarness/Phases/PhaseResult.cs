using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GiveBack.LoadHarness.Phases;

/// <summary>The outcomes of one phase and the figures drawn from them.</summary>
internal sealed record PhaseResult(string Name, CallOutcome[] Outcomes, bool[] Done, TimeSpan Elapsed)
{
    public int Completed => Done.Count(d => d);

    public bool Succeeded(int index) => Done[index] && Outcomes[index].Status is 200 or 201;

    public IReadOnlyDictionary<int, int> ByStatus() =>
        Outcomes.Where((_, i) => Done[i]).GroupBy(o => o.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    public string Summary()
    {
        var latencies = Outcomes.Where((_, i) => Done[i]).Select(o => o.ElapsedTicks * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"  {Name}: {Completed:N0} requests in {Elapsed.TotalSeconds:F2} s = {Completed / Elapsed.TotalSeconds:F0} req/s");
        if (latencies.Length > 0)
        {
            text.Append(inv, $"; latency ms p50 {Percentile(latencies, 0.50):F1}, p95 {Percentile(latencies, 0.95):F1}, ");
            text.Append(inv, $"p99 {Percentile(latencies, 0.99):F1}, max {latencies[^1]:F1}");
        }

        text.Append("; status ").AppendJoin(", ", ByStatus().Select(s => $"{(s.Key == 0 ? "transport-error" : s.Key.ToString(inv))}={s.Value}"));
        return text.ToString();
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
