namespace GiveBack.FaultHarness.Scenarios;

internal enum Outcome
{
    Passed,
    Failed,
    Skipped,
}
