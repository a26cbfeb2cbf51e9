namespace GiveBack.LoadHarness;

/// <summary>What a run found: every planned gift's outcome, the phases' and ceilings' figures, and the checks.</summary>
public sealed record LoadReport(
    string RunId, IReadOnlyList<GiftOutcome> Gifts, IReadOnlyList<PhaseFigures> Phases, IReadOnlyList<CeilingFigures> Ceilings, IReadOnlyList<CheckResult> Checks)
{
    public bool Passed => Checks.Count > 0 && Checks.All(c => c.Passed);
}
