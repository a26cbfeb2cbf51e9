namespace GiveBack.LoadHarness.Phases;

/// <summary>One call's record: its index, its outcome, when it started (a Stopwatch timestamp) and in which phase.</summary>
internal struct CallSlot
{
    public long Index;
    public CallOutcome Outcome;
    public long StartedAt;
    public int Phase;
    public bool Done;
}
