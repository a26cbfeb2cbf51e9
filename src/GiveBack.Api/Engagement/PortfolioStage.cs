using GiveBack.Engagement.Moves;

namespace GiveBack.Api.Engagement;

public sealed record PortfolioStage(MoveStage Stage, int Prospects);
