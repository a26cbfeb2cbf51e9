namespace GiveBack.Domain.Money;

/// <summary>Bounds on a single gift, in minor units.</summary>
public static class GiftAmount
{
    /// <summary>
    /// Ten billion major units: far above any real gift, far below where sums over millions of gifts could overflow a
    /// 64-bit total. A larger figure is a typing error or an attack, not a gift.
    /// </summary>
    public const long MaxMinorUnits = 1_000_000_000_000;

    public static bool IsValid(long minorUnits) => minorUnits is > 0 and <= MaxMinorUnits;
}
