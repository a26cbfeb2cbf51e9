namespace GiveBack.Pledges.Endpoints;

/// <summary>Why a pledge's remainder is written off or the pledge cancelled.</summary>
public sealed record PledgeClosingRequest(string? Reason);
