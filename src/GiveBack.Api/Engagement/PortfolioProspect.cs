using GiveBack.Engagement.Moves;

namespace GiveBack.Api.Engagement;

public sealed record PortfolioProspect(
    Guid DonorId, string FirstName, string LastName, int? ClassYear, MoveStage Stage, string? NextStep, DateOnly? DueOn, bool Overdue,
    DateTimeOffset UpdatedAt);
