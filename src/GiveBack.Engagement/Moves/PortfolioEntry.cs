namespace GiveBack.Engagement.Moves;

/// <summary>One prospect in an officer's portfolio.</summary>
public sealed record PortfolioEntry(
    Guid DonorId,
    string FirstName,
    string LastName,
    int? ClassYear,
    MoveStage Stage,
    string? NextStep,
    DateOnly? DueOn,
    DateTimeOffset UpdatedAt);
