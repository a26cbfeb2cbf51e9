namespace GiveBack.Ledger.Gifts;

/// <summary>One page of a longer list, with the total so a client can show "41–60 of 2,310".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
