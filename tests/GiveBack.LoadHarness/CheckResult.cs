namespace GiveBack.LoadHarness;

/// <summary>One named check of a run: passed, or failed with what was found.</summary>
public sealed record CheckResult(string Name, bool Passed, string Detail)
{
    public override string ToString() => $"  {(Passed ? "PASS" : "FAIL")} {Name}: {Detail}";
}
