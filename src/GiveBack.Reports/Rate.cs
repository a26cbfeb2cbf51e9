namespace GiveBack.Reports;

/// <summary>A share as a fraction between 0 and 1, rounded to four places; null when there is nothing to divide by.</summary>
public static class Rate
{
    public static decimal? Of(long part, long whole) =>
        whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}
