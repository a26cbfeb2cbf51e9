namespace GiveBack.Engagement.Reporting;

public sealed record StageCount(string Stage, int Donors);
