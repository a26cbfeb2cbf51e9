using GiveBack.Engagement.Moves;

namespace GiveBack.Engagement.Endpoints;

/// <summary>A prospect's moves: the stage, the gift officer who owns the relationship, the next step and its due date.</summary>
public sealed record MovesRequest(MoveStage? Stage, string? OfficerId, string? NextStep, DateOnly? DueOn);
