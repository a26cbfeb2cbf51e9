using GiveBack.Engagement.Moves;

namespace GiveBack.Engagement.Endpoints;

public sealed record PortfolioProspect(
    Guid DonorId, string FirstName, string LastName, int? ClassYear, MoveStage Stage, string? NextStep, DateOnly? DueOn, bool Overdue,
    DateTimeOffset UpdatedAt);
