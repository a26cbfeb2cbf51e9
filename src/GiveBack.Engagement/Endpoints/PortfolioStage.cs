using GiveBack.Engagement.Moves;

namespace GiveBack.Engagement.Endpoints;

public sealed record PortfolioStage(MoveStage Stage, int Prospects);
