namespace GiveBack.Engagement.Endpoints;

/// <summary>What a donor can offer: skills (e.g. "data science") and an industry. Replaces the previous ones.</summary>
public sealed record TalentRequest(IReadOnlyList<string?>? Skills, string? Industry, string? City = null);
