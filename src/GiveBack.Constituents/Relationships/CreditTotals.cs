namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Hard and soft credit in one currency (minor units): hard credit is what the donors gave as the legal donors;
/// soft credit the recognition of gifts others gave; <see cref="RecognitionAmount"/> the two together. Only standing
/// gifts count: a reversed gift takes its soft credits with it.
/// </summary>
public sealed record CreditTotals(string Currency, long HardAmount, int HardGifts, long SoftAmount, int SoftGifts)
{
    public long RecognitionAmount => HardAmount + SoftAmount;
}
