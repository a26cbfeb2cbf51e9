namespace GiveBack.LoadHarness.Phases;

/// <summary>What one request got back: the HTTP status (0 for a transport error or timeout) and how long it took.</summary>
internal readonly record struct CallOutcome(int Status, long ElapsedTicks, Guid? Id);
