namespace GiveBack.Engagement.Moves;

public sealed record MoveUpdate(MoveStage Stage, string OfficerId, string? NextStep, DateOnly? DueOn);
