namespace GiveBack.LoadHarness;

/// <summary>
/// A ceiling measured in the same run: what the same host's trivial endpoint or the same database does per second
/// (requests or rows), and the hold's gift rate as a share of it.
/// </summary>
public sealed record CeilingFigures(string Name, double PerSecond, string Unit, double P99, double GiftRatePercent);
