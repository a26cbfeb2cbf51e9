namespace GiveBack.GivingDays.Ambassadors;

/// <summary>An ambassador on the leaderboard: amount first, then donors; ambassadors level on both share a rank.</summary>
public sealed record AmbassadorStanding(AmbassadorRecord Ambassador, AmbassadorFigures Figures, int Rank);
