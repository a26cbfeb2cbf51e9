namespace GiveBack.GivingDays.Days;

/// <summary>The public addresses of a giving day, written once (the API hands them out, the pages link them).</summary>
public static class GivingDayPaths
{
    public const string Root = "/giving-days";

    /// <summary>The live view's one script (a slug has no dot, so no day can take this address).</summary>
    public const string Script = Root + "/live.js";

    public static string Page(string slug) => $"{Root}/{Uri.EscapeDataString(slug)}";

    public static string Card(string slug) => $"{Page(slug)}/card.png";

    public static string Screen(string slug, string token) => $"{Page(slug)}/screen?token={Uri.EscapeDataString(token)}";
}
