namespace GiveBack.Constituents.Endpoints;

/// <summary>The employer's gift that matches the path's (the employee's) gift.</summary>
public sealed record MatchingGiftRequest(Guid? MatchingGiftId);
