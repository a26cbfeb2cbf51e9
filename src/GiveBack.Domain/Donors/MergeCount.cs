namespace GiveBack.Domain.Donors;

/// <summary>How many records of one kind a merge moves (or moved).</summary>
public sealed record MergeCount(string Kind, int Count);
