namespace GiveBack.Engagement.Model;

/// <summary>The four things alumni give: attention, time, talent and treasure (money is only one of four).</summary>
public static class Dimensions
{
    public const string Attention = "attention";
    public const string Time = "time";
    public const string Talent = "talent";
    public const string Treasure = "treasure";

    /// <summary>In the order every breakdown lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Attention, Time, Talent, Treasure];
}
