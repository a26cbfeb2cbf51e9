namespace GiveBack.Engagement.Talent;

/// <summary>The talent finder's filters (all that are set must hold), normalized to lowercase.</summary>
public sealed record TalentQuery(string? Skill, string? Industry, string? Activity, int Offset, int Limit, string? City = null);
