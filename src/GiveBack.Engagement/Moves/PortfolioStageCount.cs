namespace GiveBack.Engagement.Moves;

/// <summary>How many of an officer's prospects are at one stage, and how many of those have an overdue next step.</summary>
public sealed record PortfolioStageCount(MoveStage Stage, int Prospects, int Overdue);
