namespace GiveBack.Domain.Giving;

/// <summary>A gift made in honour of a living person or in memory of one who has died.</summary>
public enum TributeType
{
    Honor,
    Memory,
}
