namespace GiveBack.Engagement.Moves;

/// <summary>The moves-management cycle of a major-gift prospect.</summary>
public enum MoveStage
{
    Identification,
    Qualification,
    Cultivation,
    Solicitation,
    Stewardship,
}
