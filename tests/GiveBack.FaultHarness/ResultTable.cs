using System.Globalization;
using System.Text;
using GiveBack.FaultHarness.Scenarios;

namespace GiveBack.FaultHarness;

/// <summary>The harness's report: one Markdown row per scenario, ready to paste into docs/benchmarks.md.</summary>
internal static class ResultTable
{
    public static string Render(IEnumerable<ScenarioResult> results)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| scenario | gifts acknowledged | retries | errors | ledger = campaign = donors | result | detail |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | --- | --- |");
        foreach (var r in results)
        {
            var agree = r.FiguresAgree switch { true => "yes", false => "NO", null => "–" };
            var outcome = r.Outcome switch { Outcome.Passed => "passed", Outcome.Failed => "FAILED", _ => "skipped" };
            text.AppendLine(string.Create(inv, $"| {r.Name} | {r.Acknowledged:N0} | {r.Retries:N0} | {r.Errors:N0} | {agree} | {outcome} | {r.Detail} |"));
        }

        return text.ToString();
    }
}
