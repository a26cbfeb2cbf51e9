namespace GiveBack.Engagement.Moves;

/// <summary>A prospect's current moves and how they got there, oldest first.</summary>
public sealed record ProspectMoves(MoveRecord Current, IReadOnlyList<MoveChangeRecord> History);
