using System.Globalization;
using System.Text;

namespace GiveBack.LoadHarness;

/// <summary>
/// One phase's figures: requests, rate, latency percentiles in milliseconds, and the answers by status.
/// <paramref name="Errors"/> counts every answer that was neither 200/201 nor a refusal the run planned
/// (<c>--poison-every</c>); <paramref name="PlannedRefusals"/> counts those.
/// </summary>
public sealed record PhaseFigures(
    string Name, int Concurrency, long Requests, TimeSpan Elapsed, double PerSecond, double P50, double P99, double P999, double Max,
    long Errors, long PlannedRefusals, IReadOnlyDictionary<int, long> ByStatus)
{
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(inv, $"  {Name} ({Concurrency} in flight): {Requests:N0} in {Elapsed.TotalSeconds:F2} s = {PerSecond:F0}/s");
        text.Append(inv, $"; latency ms p50 {P50:F1}, p99 {P99:F1}, p99.9 {P999:F1}, max {Max:F1}; errors {Errors}");
        if (PlannedRefusals > 0)
        {
            text.Append(inv, $", planned refusals {PlannedRefusals}");
        }

        text.Append("; status ").AppendJoin(", ", ByStatus.Select(s => $"{(s.Key == 0 ? "transport-error" : s.Key.ToString(inv))}={s.Value}"));
        return text.ToString();
    }
}
