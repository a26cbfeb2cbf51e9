namespace GiveBack.Engagement.Moves;

/// <summary>A gift officer as their prospects show them: how many they own, and how many next steps are overdue.</summary>
public sealed record OfficerLoad(string OfficerId, int Prospects, int Overdue);
