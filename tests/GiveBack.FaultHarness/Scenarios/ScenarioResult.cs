namespace GiveBack.FaultHarness.Scenarios;

/// <summary>One row of the harness's table. <see cref="FiguresAgree"/> is null when the scenario booked nothing to compare.</summary>
internal sealed record ScenarioResult(string Name, int Acknowledged, int Retries, int Errors, bool? FiguresAgree, Outcome Outcome, string Detail)
{
    public static ScenarioResult Skipped(string name, string why) => new(name, 0, 0, 0, null, Outcome.Skipped, why);
}
