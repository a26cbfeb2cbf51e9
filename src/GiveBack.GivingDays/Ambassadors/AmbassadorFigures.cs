namespace GiveBack.GivingDays.Ambassadors;

/// <summary>
/// What an ambassador's link has brought: its clicks, the distinct donors of the standing gifts that name the ambassador
/// and their amount (net: a reversed gift no longer stands), in minor units of the campaign's currency.
/// </summary>
public sealed record AmbassadorFigures(long Clicks, int Donors, long Amount)
{
    public static readonly AmbassadorFigures None = new(0, 0, 0);
}
