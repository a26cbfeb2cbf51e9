namespace GiveBack.Engagement.Endpoints;

/// <summary>The office's labels for a donor (e.g. "board", "reunion-2026"). Replaces the previous ones.</summary>
public sealed record TagsRequest(IReadOnlyList<string?>? Tags);
